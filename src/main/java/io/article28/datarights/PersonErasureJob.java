package io.article28.datarights;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import io.article28.datarights.ErasurePlan.Outcome;
import io.article28.datarights.ErasurePlan.Result;
import io.article28.datarights.ErasurePlan.StorePlan;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreId;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreSession;
import io.article28.datastores.StoreUnavailable;
import io.article28.requests.RequestManagement;
import io.article28.requests.RightsRequest;
import io.article28.trail.Actor;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Runs the confirmed erasure plans, store after store, each in one transaction of its
 * own: the plan is computed again inside it and must be the one confirmed (the same
 * digest), every statement must touch the rows it said, and then the same search must
 * find none of the person's rows that the map does not keep; anything else rolls the
 * store's transaction back and fails the plan, the stores already erased staying erased.
 * Before a store is touched its start is recorded, so that a crash leaves a trace of what
 * to finish.
 */
@Configuration(proxyBeanMethods = false)
class PersonErasureJob {

	static final Duration STALE = Duration.ofMinutes(15);

	private static final Actor ACTOR = Actor.system("person-erasure");

	private static final Logger log = LoggerFactory.getLogger(PersonErasureJob.class);

	/** Why a store's transaction was rolled back, in words that hold no value. */
	static final class Refused extends RuntimeException {

		Refused(String reason) {
			super(reason);
		}

	}

	private final ErasurePlans plans;

	private final PersonErasures erasures;

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	private final RequestManagement requests;

	private final TrailManagement trail;

	private final SuppressionList suppressions;

	private final Clock clock;

	PersonErasureJob(ErasurePlans plans, PersonErasures erasures, DataStoreManagement dataStores,
			DataMapManagement dataMaps, RequestManagement requests, TrailManagement trail, SuppressionList suppressions,
			Clock clock) {
		this.plans = plans;
		this.erasures = erasures;
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
		this.requests = requests;
		this.trail = trail;
		this.suppressions = suppressions;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> personErasureTask() {
		return Tasks.recurring("person-erasures", Schedules.fixedDelay(Duration.ofSeconds(10)))
			.execute((instance, context) -> runConfirmed());
	}

	/** Runs every plan confirmed now, one after the other; returns how many completed. */
	int runConfirmed() {
		return plans.work().runAll(clock, STALE, 20, id -> run(plans.find(id).orElseThrow(), Rectifications.NONE));
	}

	/**
	 * Runs a rectification confirmed now, with its new values, which only the
	 * confirmation holds: it completed, or failed with each store rolled back.
	 */
	ErasurePlan runNow(ErasurePlan plan, Rectifications rectifications) {
		run(plan, rectifications);
		return plans.find(plan.id()).orElseThrow();
	}

	private boolean run(ErasurePlan plan, Rectifications rectifications) {
		List<StorePlan> stores = new ArrayList<>(plan.stores());
		String failure = null;
		List<String> identities = null;
		try {
			RightsRequest request = requests.request(plan.organizationId(), plan.requestId());
			identities = PersonErasures.identities(request);
			for (int i = 0; i < stores.size() && failure == null; i++) {
				StorePlan store = stores.get(i);
				if (store.outcome() != null && store.outcome().result() == Result.ERASED) {
					continue;
				}
				stores.set(i, store.withOutcome(new Outcome(Result.STARTED, clock.instant(), null)));
				plans.progress(plan.id(), stores, clock.instant());
				failure = erase(plan, store, identities, rectifications);
				stores.set(i, store.withOutcome(failure == null ? new Outcome(Result.ERASED, clock.instant(), null)
						: new Outcome(Result.ROLLED_BACK, clock.instant(), failure)));
				plans.progress(plan.id(), stores, clock.instant());
				trail.record(ACTOR,
						TrailRecord
							.of(failure == null ? done(plan.kind()) : PersonErasures.action(plan.kind(), "failed"),
									plan.organizationId(), "rights-request", plan.requestId())
							.with("plan", plan.id())
							.with("store", store.storeId())
							.with("statements", store.steps().size())
							.with("tables", store.steps().stream().map(ErasurePlan.Step::table).distinct().count())
							.with("rows", failure == null ? store.rows() : 0));
				if (failure != null) {
					failure = store.label() + ": " + failure;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Erasure plan {} stopped", plan.id(), ex);
			failure = "the erasure stopped: " + (ex instanceof io.article28.core.NotFoundException
					? "the request is gone" : "an error of the platform");
		}
		if (failure == null && identities != null && plan.kind() == ErasurePlan.Kind.ERASURE) {
			int listed = suppressions.add(plan.organizationId(), plan.appId(), identities, plan.requestId(), plan.id(),
					clock.instant());
			trail.record(ACTOR,
					TrailRecord.of("datarights.suppressed", plan.organizationId(), "rights-request", plan.requestId())
						.with("plan", plan.id())
						.with("digests", listed));
		}
		plans.finish(plan.id(), failure == null ? ErasurePlan.Status.COMPLETED : ErasurePlan.Status.FAILED, failure,
				clock.instant());
		return failure == null;
	}

	/** The trail's action of a store's part done. */
	private static String done(ErasurePlan.Kind kind) {
		return switch (kind) {
			case ERASURE -> "datarights.erased";
			case RESTRICTION -> "datarights.restricted";
			case RECTIFICATION -> "datarights.rectified";
		};
	}

	/** Erases one store's part in one transaction: null when it committed. */
	private String erase(ErasurePlan plan, StorePlan shown, List<String> identities, Rectifications rectifications) {
		DataStoreId id = new DataStoreId(shown.storeId());
		Optional<PersonMap> map = dataMaps.personMap(plan.organizationId(), id);
		if (map.isEmpty()) {
			return "the store's discovery is gone";
		}
		try {
			DataStore store = dataStores.get(plan.organizationId(), id);
			dataStores.write(plan.organizationId(), id, session -> run(session, erasures.planner(session, map.get(),
					plan.organizationId(), store, identities, plan.kind(), rectifications), shown));
			return null;
		}
		catch (Refused refused) {
			return refused.getMessage();
		}
		catch (StoreUnavailable unavailable) {
			return unavailable.getMessage() + "; nothing was changed";
		}
	}

	private Void run(StoreSession session, StorePlanner planner, StorePlan shown) throws SQLException {
		StorePlanner.Planned now = planner.plan(shown.storeId(), shown.label());
		if (!now.plan().digest().equals(shown.digest())) {
			throw new Refused("the rows changed since the plan was confirmed, nothing was changed: plan it again");
		}
		for (int i = 0; i < now.statements().size(); i++) {
			ErasurePlan.Step step = now.plan().steps().get(i);
			long touched = now.statements().get(i).update(session.connection());
			if (touched != step.rows()) {
				throw new Refused("statement " + step.order() + " on " + step.table() + " touched " + touched
						+ " rows where the plan said " + step.rows() + ": rolled back, nothing was changed");
			}
		}
		List<String> left = planner.remaining();
		if (!left.isEmpty()) {
			throw new Refused("after the statements the same search still found the person in "
					+ String.join(", ", left) + ": rolled back, nothing was changed");
		}
		return null;
	}

}
