package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.IsolatedIntegrationTest;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.Organization;
import io.article28.core.PageRequest;

/**
 * Publishing the version every customer must sign changes what all other tests rely on:
 * these tests run on a database of their own, with the demo data (Civic Data Lab on the
 * 2018 edition, the bakery on 2022-03, Acme Health on none).
 */
@IsolatedIntegrationTest
class DpaCampaignIntegrationTests {

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DpaReminderJob reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.article28.trail.spi.TrailRetentionPolicy retention;

	@Autowired
	Clock clock;

	@Test
	void aNewVersionReachesEverySignedCustomerOnceAndTheirOldTermsStayInForce() throws Exception {
		Instant published = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		agreements.publish(new NewDpaVersion("2026-11", "Data Processing Agreement", published,
				agreements.version(new DpaVersionId("2022-03")).template().markdown(),
				new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, 10, EnumSet.allOf(ObjectionGround.class), 1, 4, 30,
						12, "French law")));
		Organization civic = named("Civic Data Lab");
		Organization bakery = named("Boulangerie Numérique SARL");
		Organization acme = named("Acme Health SAS");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> notices(civic) == 1 && notices(bakery) == 1 && firstSignatureNotices(acme) == 1);
		assertThat(notices(acme)).isZero();

		DpaStatus status = agreements.status(civic.id());
		assertThat(status.state()).isEqualTo(DpaStatus.State.SUPERSEDED);
		assertThat(status.signedVersion().value()).isEqualTo("2018-05");
		assertThat(status.effectiveTerms().subProcessing()).isEqualTo(SubProcessingRegime.PRIOR_WRITTEN_CONSENT);
		assertThat(status.pendingVersion().value()).isEqualTo("2026-11");
		assertThat(agreements.status(bakery.id()).effectiveTerms().objectionWindowDays()).isEqualTo(8);

		// Weekly reminders, four at most, counted from the publication for the customers
		// bound by an older version: none before a week, one at each due week, a missed
		// one
		// sent once. (Those who never signed count from their arrival when it came later:
		// DpaSignatureReminderIntegrationTests, on a database of its own.)
		reminders.remind(published.plus(Duration.ofDays(7)).minusSeconds(1));
		assertThat(lastReminder(civic)).isZero();
		assertThat(lastReminder(bakery)).isZero();
		reminders.remind(published.plus(Duration.ofDays(7)));
		assertThat(lastReminder(civic)).isEqualTo(1);
		assertThat(lastReminder(bakery)).isEqualTo(1);
		reminders.remind(published.plus(Duration.ofDays(7)).plusSeconds(60));
		assertThat(reminderCount(civic)).isEqualTo(1);
		reminders.remind(published.plus(Duration.ofDays(60)));
		assertThat(lastReminder(civic)).isEqualTo(4);
		assertThat(lastReminder(bakery)).isEqualTo(4);
		reminders.remind(published.plus(Duration.ofDays(365)));
		assertThat(reminderCount(civic)).isEqualTo(2);
		await().atMost(Duration.ofSeconds(10)).until(() -> notices(civic) == 3);
	}

	private int lastReminder(Organization organization) {
		return jdbc.sql(
				"select coalesce(max(number), 0) from dpa_reminder where organization_id = :org and version_id = '2026-11'")
			.param("org", organization.id().value())
			.query(Integer.class)
			.single();
	}

	private long reminderCount(Organization organization) {
		return jdbc.sql("select count(*) from dpa_reminder where organization_id = :org and version_id = '2026-11'")
			.param("org", organization.id().value())
			.query(Long.class)
			.single();
	}

	@Test
	void theTrailIsKeptAsLongAsTheLongestRetentionTermOfTheDpa() {
		assertThat(retention.retention()).isEqualTo(java.time.Period.ofMonths(12));
		agreements.publish(new NewDpaVersion("2001-01", "An old edition with longer logs",
				Instant.parse("2001-01-01T00:00:00Z"), "{{provider.block}} {{customer.block}}",
				new DpaTerms(SubProcessingRegime.PRIOR_WRITTEN_CONSENT, null, null, 1, 4, 30, 24, "French law")));
		assertThat(retention.retention()).isEqualTo(java.time.Period.ofMonths(24));
	}

	@Test
	void theDueReminderCountsWholeWeeksUpToFour() {
		Instant published = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(DpaReminderJob.dueReminder(published, published.plus(Duration.ofDays(6)))).isZero();
		assertThat(DpaReminderJob.dueReminder(published, published.plus(Duration.ofDays(7)))).isEqualTo(1);
		assertThat(DpaReminderJob.dueReminder(published, published.plus(Duration.ofDays(28)))).isEqualTo(4);
		assertThat(DpaReminderJob.dueReminder(published, published.plus(Duration.ofDays(35)))).isEqualTo(4);
	}

	private long notices(Organization organization) {
		return notices(organization, "dpa-acceptance-requested");
	}

	private long notices(Organization organization, String kind) {
		return jdbc.sql("""
				select count(*) from notification
				where organization_id = :org and kind = :kind and channel = 'IN_APP'
				  and idempotency_key like 'dpa-acceptance:2026-11:%'""")
			.param("org", organization.id().value())
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	private long firstSignatureNotices(Organization organization) {
		return notices(organization, "dpa-signature-requested");
	}

	private Organization named(String name) {
		List<Organization> all = accounts.organizations(PageRequest.of(0, PageRequest.MAX_SIZE)).items();
		return all.stream().filter(organization -> organization.name().equals(name)).findFirst().orElseThrow();
	}

}
