package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.IntegrationTest;
import io.article28.Tenants;

/**
 * A publication whose listener failed is handed over again once its failure is old
 * enough, until its attempts are spent. The publications are real ones, made by creating
 * an organization, then marked failed as a throwing listener would leave them.
 */
@IntegrationTest
class EventPublicationRetryJobIntegrationTests {

	@Autowired
	EventPublicationRetryJob job;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aFailedPublicationOldEnoughIsHandedOverAgainAndCompletes() {
		UUID failed = failedPublication(clock.instant().minus(EventPublicationRetryJob.MIN_AGE).minusSeconds(60), 1);
		job.resubmitFailedPublications();
		await().atMost(Duration.ofSeconds(20)).until(() -> status(failed).equals("COMPLETED"));
	}

	@Test
	void aPublicationThatSpentItsAttemptsOrFailedJustNowStaysFailed() {
		UUID spent = failedPublication(clock.instant().minus(EventPublicationRetryJob.MIN_AGE).minusSeconds(60),
				EventPublicationRetryJob.MAX_ATTEMPTS);
		UUID recent = failedPublication(clock.instant().minus(EventPublicationRetryJob.MIN_AGE).plusSeconds(60), 1);
		job.resubmitFailedPublications();
		assertThat(status(spent)).isEqualTo("FAILED");
		assertThat(status(recent)).isEqualTo("FAILED");
	}

	/** A completed publication of a new organization's events, marked failed. */
	private UUID failedPublication(Instant publishedAt, int attempts) {
		Tenants.Tenant tenant = tenants.create();
		String organization = tenant.organization().id().value().toString();
		UUID id = await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select id from event_publication
					where serialized_event like :org and completion_date is not null""")
				.param("org", "%" + organization + "%")
				.query(UUID.class)
				.list()
				.stream()
				.findFirst()
				.orElse(null), found -> found != null);
		jdbc.sql("""
				update event_publication set status = 'FAILED', completion_date = null, publication_date = :at,
				  completion_attempts = :attempts
				where id = :id""")
			.param("at", Timestamps.of(publishedAt))
			.param("attempts", attempts)
			.param("id", id)
			.update();
		return id;
	}

	private String status(UUID id) {
		return jdbc.sql("select status from event_publication where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
