package io.article28.subprocessors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * A customer's request that the provider confirm the last audit of a sub-processor, and
 * the provider's answer: the date of the last audit in the register at the moment of the
 * answer (none when no audit was recorded) and a statement. Answered once.
 */
public class AuditConfirmation {

	/** Open until staff answer it. */
	public enum Status {

		OPEN, ANSWERED

	}

	/** The provider's answer. */
	public record Answer(Instant at, UserId by, LocalDate lastAudit, String statement) {

		public Answer {
			Objects.requireNonNull(at);
			Objects.requireNonNull(by);
			statement = Fields.required("statement", statement, 2000);
		}

		/**
		 * The day of the last audit in the register when answered, if one was recorded.
		 */
		public Optional<LocalDate> lastAuditOn() {
			return Optional.ofNullable(lastAudit);
		}
	}

	private final UUID id;

	private final OrganizationId organization;

	private final UUID subprocessorId;

	private final String question;

	private final Instant requestedAt;

	private final UserId requestedBy;

	private Answer answer;

	AuditConfirmation(UUID id, OrganizationId organization, UUID subprocessorId, String question, Instant requestedAt,
			UserId requestedBy, Answer answer) {
		this.id = Objects.requireNonNull(id);
		this.organization = Objects.requireNonNull(organization);
		this.subprocessorId = Objects.requireNonNull(subprocessorId);
		this.question = question;
		this.requestedAt = Objects.requireNonNull(requestedAt);
		this.requestedBy = Objects.requireNonNull(requestedBy);
		this.answer = answer;
	}

	/** A new request about a sub-processor, with an optional question. */
	static AuditConfirmation ask(OrganizationId organization, UUID subprocessorId, String question, UserId by,
			Instant at) {
		if (subprocessorId == null) {
			throw RejectedException.invalid("subprocessorId", "name the sub-processor");
		}
		return new AuditConfirmation(UUID.randomUUID(), organization, subprocessorId,
				Fields.optional("question", question, 2000), at, by, null);
	}

	/**
	 * Answers with the last audit as the register has it now; a request is answered only
	 * once.
	 */
	void answer(Optional<LocalDate> lastAudit, String statement, UserId by, Instant at) {
		if (answer != null) {
			throw RejectedException.conflict("status", "this request is already answered");
		}
		answer = new Answer(at, by, lastAudit.orElse(null), statement);
	}

	public UUID id() {
		return id;
	}

	public OrganizationId organization() {
		return organization;
	}

	public UUID subprocessorId() {
		return subprocessorId;
	}

	public Optional<String> question() {
		return Optional.ofNullable(question);
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public UserId requestedBy() {
		return requestedBy;
	}

	public Optional<Answer> answer() {
		return Optional.ofNullable(answer);
	}

	public Status status() {
		return answer == null ? Status.OPEN : Status.ANSWERED;
	}

}
