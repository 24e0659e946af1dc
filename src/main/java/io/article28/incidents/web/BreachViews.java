package io.article28.incidents.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.article28.datastores.StoreInventory;
import io.article28.incidents.AffectedOrganization;
import io.article28.incidents.AuthorityDraft;
import io.article28.incidents.AuthoritySubmission;
import io.article28.incidents.BreachFollowUp;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.BreachNotice;
import io.article28.incidents.BreachScope;
import io.article28.incidents.CustomerBreach;
import io.article28.incidents.SupervisoryAuthority;

/** What the API and pages show of breaches, to the customers told and to staff. */
final class BreachViews {

	private BreachViews() {
	}

	/**
	 * The customer's clock to notify its authority, as of now; stopped once the
	 * notification is recorded, late if it was recorded after the deadline.
	 */
	record Clock(Instant notifiedAt, Instant awareAt, boolean awareRecorded, Instant deadline, boolean late,
			long secondsLeft, Submission submission) {

		static Clock of(BreachNotice notice, Instant now) {
			AuthoritySubmission made = notice.submission();
			Instant at = made == null ? now : made.at();
			return new Clock(notice.notifiedAt(), notice.awareAt(), notice.recordedAwareAt() != null,
					notice.deadline().deadline(), notice.deadline().passed(at),
					notice.deadline().remaining(at).toSeconds(), made == null ? null : Submission.of(made));
		}

	}

	/**
	 * The customer's record of its notification to its authority, or of its decision not
	 * to notify, with the reasons.
	 */
	record Submission(Instant at, boolean notified, Authority authority, String reference, Integer draftVersion,
			String notNotifiedReason) {

		static Submission of(AuthoritySubmission made) {
			if (!made.notified()) {
				return new Submission(made.at(), false, null, null, null, made.notNotifiedReason());
			}
			return new Submission(made.at(), true,
					SupervisoryAuthority.of(made.authority()).map(Authority::of).orElse(null), made.reference(),
					made.draftVersion(), null);
		}

	}

	record App(UUID id, String name, String region) {

		static List<App> of(BreachNotice notice) {
			return notice.apps().stream().map(App::of).toList();
		}

		static App of(AffectedOrganization.AffectedApp app) {
			return new App(app.id().value(), app.name(), app.regionCode());
		}

	}

	record Summary(UUID id, String title, Clock clock, List<App> apps, int followUps, int draftVersion) {

		static Summary of(CustomerBreach breach, Instant now) {
			return new Summary(breach.id(), breach.title(), Clock.of(breach.notice(), now), App.of(breach.notice()),
					breach.followUps().size(), breach.draft().version());
		}

	}

	/** What the provider knows of the breach, the same for every customer told. */
	record Scope(List<String> regions, List<String> dataStores, Instant windowFrom, Instant windowTo,
			List<String> dataCategories, Long approximatePeopleAllCustomers, Long approximateRecordsAllCustomers,
			String consequences, String measures) {

		static Scope of(BreachScope scope) {
			return new Scope(scope.regions(), scope.dataStores(), scope.windowFrom(), scope.windowTo(),
					scope.dataCategories(), scope.approximatePeople(), scope.approximateRecords(), scope.consequences(),
					scope.measures());
		}

	}

	record FollowUp(int phase, Instant postedAt, String text) {

		static List<FollowUp> of(List<BreachFollowUp> followUps) {
			return followUps.stream().map(f -> new FollowUp(f.phase(), f.postedAt(), f.text())).toList();
		}

	}

	/**
	 * A data store of the customer that the breach names, and what its data map found in
	 * it.
	 */
	record Store(UUID id, String label, String engine, Instant discoveredAt, List<String> categories,
			List<String> subjectTables, Long approximatePeople) {

		static List<Store> of(List<StoreInventory> stores) {
			return stores.stream()
				.map(store -> new Store(store.id().value(), store.label(), store.engine().name(), store.discoveredAt(),
						store.categoryDescriptions(), store.subjectTables(), store.approximatePersons()))
				.toList();
		}

	}

	record Detail(UUID id, String title, String description, Clock clock, List<App> apps, List<Store> dataStores,
			Scope scope, List<FollowUp> followUps, Draft draft) {

		static Detail of(CustomerBreach breach, Instant now) {
			Clock clock = Clock.of(breach.notice(), now);
			return new Detail(breach.id(), breach.title(), breach.description(), clock, App.of(breach.notice()),
					Store.of(breach.stores()), Scope.of(breach.scope()), FollowUp.of(breach.followUps()),
					Draft.of(breach.draft(), clock.late()));
		}

	}

	record Authority(String country, String state, String name, URI website) {

		static Authority of(SupervisoryAuthority authority) {
			return new Authority(authority.country(), authority.state(), authority.name(), authority.website());
		}

	}

	/** A version of the draft, with what it still lacks. */
	record Draft(int version, Instant savedAt, Authority authority, String nature, Long approximatePeople,
			Long approximateRecords, String contact, String consequences, String measures, String delayReasons,
			List<String> missing) {

		static Draft of(AuthorityDraft draft, boolean late) {
			return new Draft(draft.version(), draft.savedAt(),
					draft.supervisoryAuthority().map(Authority::of).orElse(null), draft.nature(),
					draft.approximatePeople(), draft.approximateRecords(), draft.contact(), draft.consequences(),
					draft.measures(), draft.delayReasons(), draft.missing(late));
		}

	}

	/**
	 * The notification to the supervisory authority, as exported: the controller, the
	 * clock, the four items, the reasons for a delay and the provider's information in
	 * phases.
	 */
	record AuthorityNotification(UUID breachId, String controller, Instant generatedAt, Clock clock, List<App> apps,
			List<String> dataCategories, Draft draft, List<FollowUp> followUps) {

		static AuthorityNotification of(String controller, CustomerBreach breach, Instant now) {
			Detail detail = Detail.of(breach, now);
			return new AuthorityNotification(breach.id(), controller, now, detail.clock(), detail.apps(),
					breach.scope().dataCategories(), detail.draft(), detail.followUps());
		}

	}

	record Delivery(long queued, long delivered, long failed) {
	}

	/** A staff request to tell the customers of a breach, with its progress. */
	record Notification(UUID id, String kind, Integer phase, String status, Instant requestedAt, Integer organizations,
			int told, Instant finishedAt, Delivery delivery) {

		static Notification of(BreachManagement.NotificationProgress progress) {
			var n = progress.notification();
			var d = progress.delivery();
			return new Notification(n.id(), n.kind().name(), n.phase(), n.status().name(), n.requestedAt(),
					n.organizations(), n.told(), n.finishedAt(), new Delivery(d.queued(), d.delivered(), d.failed()));
		}

	}

}
