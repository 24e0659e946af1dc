package io.article28.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.DpoContact;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.EmailAddress;
import io.article28.core.RejectedException;
import io.article28.datastores.Category;
import io.article28.datastores.DataStoreId;
import io.article28.datastores.Engine;
import io.article28.datastores.StoreInventory;
import io.article28.platform.AppId;

/**
 * The customer's 72-hour clock, its earlier awareness, and its draft to the supervisory
 * authority: what it is filled with and what it still lacks.
 */
class BreachClockTests {

	private static final Instant TOLD = Instant.parse("2026-11-30T10:00:00Z");

	private static final UserId USER = new UserId(UUID.randomUUID());

	@Test
	void theLastInstantOfTheSeventyTwoHoursIsStillInTimeAndTheNextIsLate() {
		AuthorityDeadline clock = new AuthorityDeadline(TOLD);
		assertThat(clock.deadline()).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
		assertThat(clock.passed(TOLD.plus(Duration.ofHours(72)))).isFalse();
		assertThat(clock.passed(TOLD.plus(Duration.ofHours(72)).plusNanos(1000))).isTrue();
		assertThat(clock.remaining(TOLD.plus(Duration.ofHours(71)))).isEqualTo(Duration.ofHours(1));
		assertThat(clock.remaining(TOLD.plus(Duration.ofHours(80)))).isZero();
	}

	@Test
	void theSeventyTwoHoursAreRealHoursAcrossBothChangesOfTheClocks() {
		// Paris moves to summer time on 28 March 2027 at 02:00 and back on 31 October
		// 2027
		// at 03:00: the wall clock shows 73 and 71 hours, the law counts 72.
		AuthorityDeadline spring = new AuthorityDeadline(Instant.parse("2027-03-27T09:00:00Z"));
		assertThat(spring.deadline()).isEqualTo(Instant.parse("2027-03-30T09:00:00Z"));
		AuthorityDeadline autumn = new AuthorityDeadline(Instant.parse("2027-10-30T09:00:00Z"));
		assertThat(autumn.deadline()).isEqualTo(Instant.parse("2027-11-02T09:00:00Z"));
		assertThat(autumn.passed(Instant.parse("2027-11-02T09:00:00Z"))).isFalse();
		assertThat(autumn.passed(Instant.parse("2027-11-02T09:00:00.001Z"))).isTrue();
	}

	@Test
	void anEarlierAwarenessMovesTheDeadlineAndMayNotFollowTheNoticeNorPrecedeTheBreach() {
		BreachNotice notice = notice();
		Instant breachBegan = TOLD.minus(Duration.ofDays(2));
		assertThat(notice.deadline().deadline()).isEqualTo(TOLD.plus(Duration.ofHours(72)));

		BreachNotice earlier = notice.awareSince(TOLD.minus(Duration.ofHours(10)), breachBegan, USER);
		assertThat(earlier.awareAt()).isEqualTo(TOLD.minus(Duration.ofHours(10)));
		assertThat(earlier.deadline().deadline()).isEqualTo(TOLD.plus(Duration.ofHours(62)));
		assertThat(notice.awareSince(TOLD, breachBegan, USER).awareAt()).isEqualTo(TOLD);
		assertThat(notice.awareSince(breachBegan, breachBegan, USER).awareAt()).isEqualTo(breachBegan);

		assertThatThrownBy(() -> notice.awareSince(TOLD.plusSeconds(1), breachBegan, USER))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("awareAt"));
		assertThatThrownBy(() -> notice.awareSince(breachBegan.minusSeconds(1), breachBegan, USER))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("awareAt"));
	}

	@Test
	void thePreparedDraftNamesTheCustomersOwnAppsAndDpoAndLacksOnlyTheAuthority() {
		AuthorityDraft draft = AuthorityDraft.prefilled(incident(), scope(), notice(), List.of(),
				new DpoContact("Léa Moreau", new EmailAddress("dpo@acme-health.example")));
		assertThat(draft.version()).isZero();
		assertThat(draft.nature()).contains("acme-website (osc-fr1)")
			.contains("contact data, health data")
			.contains("Exposed bucket");
		assertThat(draft.contact()).contains("Léa Moreau").contains("dpo@acme-health.example");
		assertThat(draft.consequences()).isEqualTo("Phishing");
		assertThat(draft.measures()).contains("Access revoked");
		assertThat(draft.missing(false)).containsExactly("authority");
		assertThat(draft.missing(true)).containsExactly("authority", "delayReasons");
	}

	@Test
	void theDraftNamesTheCustomersDataStoresWithTheCategoriesFoundAndCountsThePeopleOfTheirSubjectTables() {
		StoreInventory shop = store("Shop database", Instant.parse("2026-11-01T10:00:00Z"),
				List.of(Category.EMAIL, Category.DATE_OF_BIRTH), List.of("public.customers"), 300L);
		StoreInventory crm = store("CRM", Instant.parse("2026-11-01T10:00:00Z"), List.of(Category.PHONE),
				List.of("crm.contacts", "crm.leads"), 45L);
		StoreInventory fresh = store("Archive", null, List.of(), List.of(), null);

		AuthorityDraft draft = AuthorityDraft.prefilled(incident(), scope(), notice(), List.of(shop, crm, fresh), null);

		assertThat(draft.nature())
			.contains("Our data store Shop database: categories found: e-mail address, date of birth; about 300 people"
					+ " by the row estimates of public.customers.")
			.contains("Our data store CRM: categories found: phone number; about 45 people by the row estimates of"
					+ " crm.contacts, crm.leads.")
			.contains("Our data store Archive: its contents are not discovered yet.");
		assertThat(draft.approximatePeople()).isEqualTo(345L);
		assertThat(AuthorityDraft.prefilled(incident(), scope(), notice(), List.of(fresh), null).approximatePeople())
			.as("no subject table declared: the customer gives the number")
			.isNull();
	}

	private static StoreInventory store(String label, Instant discoveredAt, List<Category> categories,
			List<String> subjects, Long people) {
		return new StoreInventory(new DataStoreId(UUID.randomUUID()), new OrganizationId(UUID.randomUUID()),
				new AppId(UUID.randomUUID()), label, Engine.POSTGRESQL, discoveredAt, categories, 0, subjects, people);
	}

	@Test
	void withoutADpoTheContactIsMissing() {
		AuthorityDraft draft = AuthorityDraft.prefilled(incident(), scope(), notice(), List.of(), null);
		assertThat(draft.missing(false)).containsExactly("authority", "contact");
	}

	@Test
	void aSavedVersionNeedsTheFourItemsAndAnEuOrEeaAuthority() {
		AuthorityDraft prepared = AuthorityDraft.prefilled(incident(), scope(), notice(), List.of(), null);
		AuthorityDraft saved = prepared.revised(input("NO", "Our DPO"), USER, TOLD);
		assertThat(saved.version()).isEqualTo(1);
		assertThat(saved.supervisoryAuthority()).get().extracting(SupervisoryAuthority::name).isEqualTo("Datatilsynet");
		assertThat(saved.missing(false)).isEmpty();
		assertThat(saved.revised(input("NO", "Our DPO"), USER, TOLD).version()).isEqualTo(2);

		assertThatThrownBy(() -> prepared.revised(input("CH", "Our DPO"), USER, TOLD))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("authority"));
		assertThatThrownBy(() -> prepared.revised(input("FR", " "), USER, TOLD))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("contact"));
		assertThatThrownBy(
				() -> prepared.revised(new AuthorityDraft.Input("FR", "n", -1L, null, "c", "c", "m", null), USER, TOLD))
			.isInstanceOfSatisfying(RejectedException.class,
					ex -> assertThat(ex.field()).isEqualTo("approximatePeople"));
	}

	@Test
	void everyEuAndEeaStateHasOneAuthority() {
		assertThat(SupervisoryAuthority.all()).hasSize(30)
			.extracting(SupervisoryAuthority::country)
			.doesNotHaveDuplicates()
			.contains("FR", "DE", "IE", "NO", "IS", "LI")
			.doesNotContain("CH", "GB");
		assertThat(SupervisoryAuthority.all())
			.allSatisfy(authority -> assertThat(authority.website().getScheme()).isEqualTo("https"));
	}

	private static AuthorityDraft.Input input(String authority, String contact) {
		return new AuthorityDraft.Input(authority, "Nature", 10L, 20L, contact, "Phishing", "Revoked", null);
	}

	private static Incident incident() {
		return Incident.declare("Exposed bucket", "A bucket was public", IncidentSeverity.HIGH,
				TOLD.minus(Duration.ofHours(3)), TOLD.minus(Duration.ofHours(2)), USER, TOLD);
	}

	private static BreachScope scope() {
		return new BreachScope(List.of("osc-fr1"), List.of(), List.of("object storage"), TOLD.minus(Duration.ofDays(2)),
				null, List.of("contact data", "health data"), 1200L, null, "Phishing", "Access revoked");
	}

	private static BreachNotice notice() {
		return new BreachNotice(UUID.randomUUID(), new OrganizationId(UUID.randomUUID()), TOLD, null, null,
				List.of(new AffectedOrganization.AffectedApp(new AppId(UUID.randomUUID()), "acme-website", "osc-fr1")),
				null);
	}

}
