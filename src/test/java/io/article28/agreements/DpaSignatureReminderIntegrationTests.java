package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.article28.TestDatabase;
import io.article28.Tenants;
import io.article28.MovingClock;
import io.article28.MutableClock;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.NewMember;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationRole;

/**
 * A customer that arrives after the current DPA version was published, and signs nothing,
 * is reminded weekly from its arrival, not from the publication; one whose copy signed by
 * hand waits for review is not reminded.
 */
@SpringBootTest(properties = { "article28.demo=true", "article28.admin.password=" + Tenants.ADMIN_PASSWORD,
		"db-scheduler.enabled=false", "article28.data-dir=target/test-data" })
@Import(MovingClock.class)
class DpaSignatureReminderIntegrationTests {

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
		String url = TestDatabase.sharedDatabase("dpa_signature_reminders");
		registry.add("spring.datasource.url", () -> url);
	}

	@Autowired
	AgreementManagement agreements;

	@Autowired
	AccountManagement accounts;

	@Autowired
	DpaReminderJob reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	DpaUploadManagement handSigned;

	@Test
	void aCustomerArrivingAfterThePublicationIsRemindedWeeklyFromItsArrival() {
		Instant published = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		agreements.publish(new NewDpaVersion("2026-12", "Data Processing Agreement", published,
				agreements.version(new DpaVersionId("2022-03")).template().markdown(),
				new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, 10, EnumSet.allOf(ObjectionGround.class), 1, 4, 30,
						12, "French law")));
		clock.advance(Duration.ofDays(10));
		Organization arrived = accounts.createOrganization("Arrived Later SAS", "billing@arrived.example", null);
		// another newcomer's copy signed by hand waits for review: that is an answer
		// already
		Organization inReview = accounts.createOrganization("Copy In Review SAS", "billing@review.example", null);
		var owner = accounts.addMember(inReview.id(), new NewMember("owner@review.example", "Owen Review",
				OrganizationRole.OWNER, true, "a-long-passphrase-1"), null);
		handSigned.upload(inReview.id(), owner.id(), "signed.pdf", agreements.documentToSign(inReview.id()).pdf());
		// as stored: the database keeps microseconds
		Instant arrival = accounts.organization(arrived.id()).createdAt();
		// the demo customers, reminded from the publication, are in their third week by
		// then
		reminders.remind(arrival.plus(Duration.ofDays(7)).minusSeconds(1));
		assertThat(lastReminder(arrived)).isZero();
		reminders.remind(arrival.plus(Duration.ofDays(7)));
		assertThat(lastReminder(arrived)).isEqualTo(1);
		reminders.remind(arrival.plus(Duration.ofDays(14)));
		assertThat(lastReminder(arrived)).isEqualTo(2);
		assertThat(lastReminder(inReview)).isZero();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql(
					"select count(*) from notification where organization_id = :org and kind = 'dpa-signature-requested'")
				.param("org", arrived.id().value())
				.query(Long.class)
				.single() > 0);
	}

	private int lastReminder(Organization organization) {
		return jdbc.sql(
				"select coalesce(max(number), 0) from dpa_reminder where organization_id = :org and version_id = '2026-12'")
			.param("org", organization.id().value())
			.query(Integer.class)
			.single();
	}

}
