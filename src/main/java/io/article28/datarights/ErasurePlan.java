package io.article28.datarights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.article28.accounts.OrganizationId;

/**
 * What erasing a requester's data (or restricting its processing, or rectifying it) does,
 * store by store, as the owner saw it before anything ran: the statements in their order
 * with the rows each touches, the rows kept and why, what the database does beyond the
 * statements, and what stops the plan. It holds names and counts, never a value: the
 * identities are the request's. The digest covers every store's part; a confirmation
 * approves exactly it. Once it completed, its certificate may be attached to the answer
 * ({@code certificateId}, the attachment). A rectification's plan keeps the keyed digest
 * of its new values ({@code valuesDigest}, never shown), never the values.
 */
public record ErasurePlan(UUID id, Kind kind, OrganizationId organizationId, UUID requestId, UUID appId, String appName,
		Status status, String digest, List<StorePlan> stores, Instant plannedAt, Instant confirmedAt,
		Instant finishedAt, String failure, UUID certificateId, @JsonIgnore String valuesDigest) {

	public ErasurePlan {
		stores = List.copyOf(stores);
	}

	/**
	 * What the plan does to the person's rows: erases them (GDPR art. 17), or restricts
	 * their processing (art. 18) by the restriction columns the map names.
	 */
	public enum Kind {

		ERASURE, RESTRICTION, RECTIFICATION

	}

	public enum Status {

		/** Shown, waiting for its confirmation. */
		PLANNED,
		/** Confirmed, waiting for the job. */
		CONFIRMED,
		/** Running on the stores. */
		RUNNING,
		/** Every store erased and checked. */
		COMPLETED,
		/** A store refused or failed: its transaction was rolled back. */
		FAILED,
		/** Its counts changed before it ran: a new plan replaced it. */
		SUPERSEDED;

		public boolean finished() {
			return this == COMPLETED || this == FAILED || this == SUPERSEDED;
		}

	}

	/** What a statement of the plan does. */
	public enum StepKind {

		/**
		 * Sets to null a link from another person's row to one of the person's (a
		 * self-reference).
		 */
		CUT_LINK,
		/** Anonymizes the person's rows in place, column by column. */
		ANONYMIZE,
		/** Deletes the person's rows. */
		DELETE,
		/** Marks the person's rows as restricted (GDPR art. 18). */
		RESTRICT,
		/** Sets the new values of the person's rows (GDPR art. 16). */
		RECTIFY

	}

	/**
	 * One statement, as the database receives it with its values bound (the SQL names no
	 * value), and the rows it touches now.
	 */
	public record Step(int order, StepKind kind, String table, String detail, String sql, long rows) {
	}

	/** Rows of a table, or columns of its rows, that erasure leaves, and why. */
	public record Kept(String table, String columns, long rows, String reason) {
	}

	public enum EffectKind {

		/**
		 * A foreign key's {@code ON DELETE CASCADE} deletes rows beyond the statements.
		 */
		CASCADE,
		/**
		 * A foreign key's {@code ON DELETE SET NULL} changes rows beyond the statements.
		 */
		SET_NULL,
		/** A trigger of a touched table runs. */
		TRIGGER,
		/** A replacement value must satisfy a constraint of its column. */
		CONSTRAINT

	}

	/** What the database does, or checks, beyond the statements. */
	public record Effect(EffectKind kind, String table, String detail) {
	}

	/**
	 * A store's part of the plan, with what came of it once run.
	 *
	 * @param blockers why the plan cannot run, in the owner's words; empty when it can
	 * @param outcome null until the store's transaction ended
	 */
	public record StorePlan(UUID storeId, String label, String digest, List<Step> steps, List<Kept> kept,
			List<Effect> effects, List<String> blockers, Outcome outcome) {

		public StorePlan {
			steps = List.copyOf(steps);
			kept = List.copyOf(kept);
			effects = List.copyOf(effects);
			blockers = List.copyOf(blockers);
		}

		public long rows() {
			return steps.stream().mapToLong(Step::rows).sum();
		}

		StorePlan withOutcome(Outcome outcome) {
			return new StorePlan(storeId, label, digest, steps, kept, effects, blockers, outcome);
		}

	}

	/**
	 * What came of a store's transaction: started (kept before the first statement, so
	 * that a crash leaves its trace; the database rolled back what did not commit),
	 * erased and checked, or rolled back with the reason.
	 */
	public record Outcome(Result result, Instant at, String failure) {
	}

	public enum Result {

		STARTED, ERASED, ROLLED_BACK

	}

	/** Whether a store's part cannot run: the plan cannot be confirmed. */
	@JsonProperty
	public boolean blocked() {
		return stores.stream().anyMatch(store -> !store.blockers().isEmpty());
	}

	/** The rows the statements of every store touch. */
	@JsonProperty
	public long rows() {
		return stores.stream().mapToLong(StorePlan::rows).sum();
	}

}
