package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.IntegrationTest;

@IntegrationTest
class EventPublicationCleanupJobIntegrationTests {

	@Autowired
	EventPublicationCleanupJob job;

	@Autowired
	JdbcClient jdbc;

	@Test
	void completedPublicationsOlderThanAWeekAreDeletedAndRecentOnesKept() {
		Instant now = Instant.now();
		UUID old = insertCompleted(now.minus(EventPublicationCleanupJob.KEEP_COMPLETED).minus(Duration.ofHours(1)));
		UUID recent = insertCompleted(now.minus(EventPublicationCleanupJob.KEEP_COMPLETED).plus(Duration.ofHours(1)));
		job.deleteCompletedPublications();
		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
	}

	private UUID insertCompleted(Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts)
				values (:id, 'test.listener', 'test.Event', '{}', :at, :at, 'COMPLETED', 1)""")
			.param("id", id)
			.param("at", Timestamps.of(at))
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return jdbc.sql("select count(*) from event_publication where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}
