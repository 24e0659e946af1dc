package io.article28.datarights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Digests;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.core.Timestamps;
import io.article28.datarights.ErasurePlan.StorePlan;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreUnavailable;
import io.article28.requests.RequestManagement;
import io.article28.requests.RightsRequest;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The erasure of a requester's data (GDPR art. 17) from the data stores of the request's
 * app: a plan computed read-only and shown, confirmed by the owner typing the app's name
 * against the plan's digest, then run by {@link PersonErasureJob}, one transaction per
 * store. A plan whose rows changed before its confirmation is replaced by a new one,
 * never run. Each step is in the trail with counts and names, never a value.
 *
 * <p>
 * Not one transaction of ours: each plan is written as it is made, so that a replaced
 * plan stays replaced when the confirmation is refused.
 */
@Service
public class PersonErasures {

	private final ErasurePlans plans;

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	private final RequestManagement requests;

	private final TrailManagement trail;

	private final JsonMapper json;

	private final io.article28.datastores.Pseudonyms pseudonyms;

	private final Clock clock;

	private final long maxRowsPerStatement;

	PersonErasures(ErasurePlans plans, DataStoreManagement dataStores, DataMapManagement dataMaps,
			RequestManagement requests, TrailManagement trail, JsonMapper json,
			io.article28.datastores.Pseudonyms pseudonyms, Clock clock,
			@Value("${article28.datarights.max-rows-per-statement}") long maxRowsPerStatement) {
		this.plans = plans;
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
		this.requests = requests;
		this.trail = trail;
		this.json = json;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
		this.maxRowsPerStatement = maxRowsPerStatement;
	}

	/** What came of a confirmation: the plan confirmed, or the new plan to read. */
	public record Confirmation(ErasurePlan plan, boolean confirmed) {
	}

	/**
	 * Computes the plan of the requester's erasure, or of the restriction of its
	 * processing, as the request asks, and keeps it to be shown: it replaces the
	 * request's plan still waiting for a confirmation. The request must be open, of that
	 * right, and name its app, with no plan of it running.
	 */
	public ErasurePlan plan(OrganizationId owner, UUID requestId, ErasurePlan.Kind kind, UserId by) {
		if (kind == ErasurePlan.Kind.RECTIFICATION) {
			throw RejectedException.conflict("request", "a rectification plan needs the new values");
		}
		return plan(owner, requestId, kind, Rectifications.NONE, by);
	}

	/**
	 * Computes the plan of the rectification of the requester's rows with these new
	 * values (GDPR art. 16) and keeps it, without the values: its digest covers their
	 * keyed digest, and the confirmation brings them again.
	 */
	public ErasurePlan planRectification(OrganizationId owner, UUID requestId, List<Rectification> changes, UserId by) {
		return plan(owner, requestId, ErasurePlan.Kind.RECTIFICATION, rectifications(owner, changes), by);
	}

	/** The changes, checked, with their keyed digest. */
	Rectifications rectifications(OrganizationId owner, List<Rectification> changes) {
		List<Rectification> checked = Rectification.checked(changes);
		return new Rectifications(checked, pseudonyms.of(owner, json.writeValueAsString(checked)));
	}

	private ErasurePlan plan(OrganizationId owner, UUID requestId, ErasurePlan.Kind kind, Rectifications rectifications,
			UserId by) {
		RightsRequest request = requests.request(owner, requestId);
		if (!request.status().open()) {
			throw RejectedException.conflict("request", "the request is closed");
		}
		if (kindOf(request) != kind) {
			throw RejectedException.conflict("request", switch (kind) {
				case ERASURE -> "an erasure plan answers an erasure request (GDPR art. 17)";
				case RESTRICTION -> "a restriction plan answers a request to restrict processing (GDPR art. 18)";
				case RECTIFICATION -> "a rectification plan answers a rectification request (GDPR art. 16)";
			});
		}
		if (request.appId().isEmpty()) {
			throw RejectedException.conflict("request", "the request names no app: its data stores are unknown");
		}
		List<ErasurePlan> open = plans.open(requestId);
		if (open.stream().anyMatch(plan -> plan.status() != ErasurePlan.Status.PLANNED)) {
			throw RejectedException.conflict("request", "a plan of this request is confirmed and running");
		}
		ErasurePlan plan = compute(owner, request, kind, rectifications);
		plans.insert(plan, by == null ? null : by.value());
		open.forEach(replaced -> plans.move(replaced.id(), ErasurePlan.Status.PLANNED, ErasurePlan.Status.SUPERSEDED));
		trail.record(planned(plan, "planned"));
		return plan;
	}

	/** The kind of plan that answers the request; null when none does. */
	public static ErasurePlan.Kind kindOf(RightsRequest request) {
		return switch (request.right()) {
			case ERASURE -> ErasurePlan.Kind.ERASURE;
			case RESTRICTION -> ErasurePlan.Kind.RESTRICTION;
			case RECTIFICATION -> ErasurePlan.Kind.RECTIFICATION;
			default -> null;
		};
	}

	public List<ErasurePlan> ofRequest(OrganizationId owner, UUID requestId) {
		requests.request(owner, requestId);
		return plans.ofRequest(requestId);
	}

	/** The request's latest plan, if it has one. */
	public Optional<ErasurePlan> latest(OrganizationId owner, UUID requestId) {
		return ofRequest(owner, requestId).stream().findFirst();
	}

	public ErasurePlan get(OrganizationId owner, UUID requestId, UUID planId) {
		return plans.find(planId)
			.filter(plan -> plan.organizationId().equals(owner) && plan.requestId().equals(requestId))
			.orElseThrow(() -> new NotFoundException("Erasure plan"));
	}

	/** A plan of that kind of the request. */
	public ErasurePlan get(OrganizationId owner, UUID requestId, UUID planId, ErasurePlan.Kind kind) {
		ErasurePlan plan = get(owner, requestId, planId);
		if (plan.kind() != kind) {
			throw new NotFoundException(switch (kind) {
				case ERASURE -> "Erasure plan";
				case RESTRICTION -> "Restriction plan";
				case RECTIFICATION -> "Rectification plan";
			});
		}
		return plan;
	}

	/** The request's plans of that kind, newest first. */
	public List<ErasurePlan> ofRequest(OrganizationId owner, UUID requestId, ErasurePlan.Kind kind) {
		return ofRequest(owner, requestId).stream().filter(plan -> plan.kind() == kind).toList();
	}

	/**
	 * Confirms the plan shown: its digest, and the app's name typed. The counts are taken
	 * again first; when they changed, a new plan replaces this one and is given back to
	 * be read, unconfirmed.
	 */
	public Confirmation confirm(OrganizationId owner, UUID requestId, UUID planId, String typedName, String digest,
			UserId by) {
		ErasurePlan plan = get(owner, requestId, planId);
		if (plan.kind() == ErasurePlan.Kind.RECTIFICATION) {
			throw RejectedException.conflict("plan", "a rectification is confirmed with its new values");
		}
		return confirm(plan, typedName, digest, Rectifications.NONE, by);
	}

	/**
	 * Confirms the plan: for the job ({@code CONFIRMED}), or, for a rectification, which
	 * runs at once with the values given again, straight to {@code RUNNING}.
	 */
	Confirmation confirm(ErasurePlan plan, String typedName, String digest, Rectifications rectifications, UserId by) {
		OrganizationId owner = plan.organizationId();
		UUID requestId = plan.requestId();
		if (plan.status() != ErasurePlan.Status.PLANNED) {
			throw RejectedException.conflict("plan", "the plan is "
					+ plan.status().name().toLowerCase(java.util.Locale.ROOT) + ", not waiting for a confirmation");
		}
		if (plan.blocked()) {
			throw RejectedException.conflict("plan", "the plan cannot run: " + firstBlocker(plan));
		}
		if (typedName == null || !typedName.strip().equals(plan.appName())) {
			throw RejectedException.invalid("confirm", "type the app's name, " + plan.appName() + ", to confirm");
		}
		if (digest == null || !digest.strip().equals(plan.digest())) {
			throw RejectedException.conflict("digest", "this is not the plan shown: read the latest plan again");
		}
		RightsRequest request = requests.request(owner, requestId);
		if (!request.status().open()) {
			throw RejectedException.conflict("request", "the request is closed");
		}
		ErasurePlan now = compute(owner, request, plan.kind(), rectifications);
		if (!now.digest().equals(plan.digest())) {
			plans.insert(now, by == null ? null : by.value());
			plans.move(plan.id(), ErasurePlan.Status.PLANNED, ErasurePlan.Status.SUPERSEDED);
			trail.record(planned(now, "replanned").with("replaces", plan.id()));
			return new Confirmation(now, false);
		}
		if (!plans.confirm(plan.id(), by == null ? null : by.value(), Timestamps.stored(clock.instant()),
				plan.kind() == ErasurePlan.Kind.RECTIFICATION ? ErasurePlan.Status.RUNNING
						: ErasurePlan.Status.CONFIRMED)) {
			throw RejectedException.conflict("plan", "the plan changed while it was confirmed: read it again");
		}
		trail.record(TrailRecord.of(action(plan.kind(), "confirmed"), owner, "rights-request", requestId)
			.with("plan", plan.id())
			.with("digest", plan.digest()));
		return new Confirmation(plans.find(plan.id()).orElseThrow(), true);
	}

	/** A new plan of that kind for the request, store by store. */
	private ErasurePlan compute(OrganizationId owner, RightsRequest request, ErasurePlan.Kind kind,
			Rectifications rectifications) {
		List<String> identities = identities(request);
		List<StorePlan> stores = new ArrayList<>();
		for (DataStore store : dataStores.stores(owner, request.appId().orElseThrow())) {
			stores.add(storePlan(owner, store, identities, kind, rectifications));
		}
		return new ErasurePlan(UUID.randomUUID(), kind, owner, request.id(), request.appId().orElseThrow().value(),
				request.appName().orElse("the app"), ErasurePlan.Status.PLANNED, digest(request.id(), stores), stores,
				Timestamps.stored(clock.instant()), null, null, null, null, rectifications.digest());
	}

	private StorePlan storePlan(OrganizationId owner, DataStore store, List<String> identities, ErasurePlan.Kind kind,
			Rectifications rectifications) {
		UUID id = store.id().value();
		String label = store.definition().label();
		Optional<PersonMap> map = dataMaps.personMap(owner, store.id());
		if (map.isEmpty()) {
			return blocked(id, label, "no discovery of its schema has completed: discover it and review its map");
		}
		if (map.get().map().subjects().isEmpty()) {
			return blocked(id, label, "no table of its data map is declared as describing a person");
		}
		try {
			return dataStores.read(owner, store.id(),
					session -> planner(session, map.get(), owner, store, identities, kind, rectifications).plan(id,
							label))
				.plan();
		}
		catch (StoreUnavailable unavailable) {
			return blocked(id, label, "it could not be read: " + unavailable.getMessage());
		}
	}

	/** The planner of a store's part of a plan of that kind, in a session on it. */
	StorePlanner planner(io.article28.datastores.StoreSession session, PersonMap map, OrganizationId owner,
			DataStore store, List<String> identities, ErasurePlan.Kind kind, Rectifications rectifications) {
		return switch (kind) {
			case ERASURE -> new ErasurePlanner(session, map, dataMaps.erasureRules(owner, store.id()), identities,
					maxRowsPerStatement, json);
			case RESTRICTION -> new RestrictionPlanner(session, map, dataMaps.restrictionColumns(owner, store.id()),
					identities, maxRowsPerStatement, json);
			case RECTIFICATION ->
				new RectificationPlanner(session, map, rectifications, identities, maxRowsPerStatement, json);
		};
	}

	private StorePlan blocked(UUID id, String label, String reason) {
		return new StorePlan(id, label,
				Digests.sha256Hex(json.writeValueAsString(List.of(id.toString(), List.of(reason)))), List.of(),
				List.of(), List.of(), List.of(reason), null);
	}

	/** The identities an erasure takes: the address the requester confirmed. */
	static List<String> identities(RightsRequest request) {
		return List.of(request.requesterEmail().value());
	}

	private static String digest(UUID request, List<StorePlan> stores) {
		StringBuilder digests = new StringBuilder(request.toString());
		stores.forEach(store -> digests.append('\n').append(store.digest()));
		return Digests.sha256Hex(digests.toString());
	}

	private static String firstBlocker(ErasurePlan plan) {
		return plan.stores()
			.stream()
			.flatMap(store -> store.blockers().stream().map(reason -> store.label() + ": " + reason))
			.findFirst()
			.orElse("");
	}

	/**
	 * The trail's action of a step of a plan of that kind: {@code datarights.erasure-…}
	 * or {@code datarights.restriction-…}.
	 */
	static String action(ErasurePlan.Kind kind, String step) {
		return "datarights." + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + step;
	}

	private static TrailRecord planned(ErasurePlan plan, String step) {
		return TrailRecord.of(action(plan.kind(), step), plan.organizationId(), "rights-request", plan.requestId())
			.with("plan", plan.id())
			.with("stores", plan.stores().size())
			.with("statements", plan.stores().stream().mapToInt(store -> store.steps().size()).sum())
			.with("rows", plan.rows())
			.with("blocked", plan.blocked());
	}

}
