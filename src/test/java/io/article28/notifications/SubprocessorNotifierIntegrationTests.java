package io.article28.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import io.article28.IntegrationTest;
import io.article28.subprocessors.ChangeType;
import io.article28.subprocessors.NewSubprocessor;
import io.article28.subprocessors.NewSubprocessorChange;
import io.article28.subprocessors.SubprocessorChangeManagement;
import io.article28.subprocessors.TransferSafeguard;

@IntegrationTest
class SubprocessorNotifierIntegrationTests {

	@Autowired
	SubprocessorChangeManagement changes;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeReachesEachOrganizationOnceEvenWhenItsEventIsHandedOverAgain() {
		UUID changeId = changes
			.announce(new NewSubprocessorChange(ChangeType.ADD,
					new NewSubprocessor("Replay Host " + UUID.randomUUID().toString().substring(0, 6), "c", "Hosting",
							"Contract", "Logs", "FR", "Paris", TransferSafeguard.NONE, null, null, null),
					null, "A new host", changes.earliestEffectiveDate()), null)
			.id();
		int organizations = changes.change(changeId).change().notifiedOrganizations();
		assertThat(organizations).isPositive();
		await().atMost(Duration.ofSeconds(20)).until(() -> inApp(changeId) == organizations);
		long mails = count(changeId, "EMAIL");

		// As if the instance died after the listener's work but before the publication
		// was marked complete: the event is handed over again at the next start.
		jdbc.sql("update event_publication set completion_date = null, status = 'PUBLISHED' "
				+ "where serialized_event like :change")
			.param("change", "%" + changeId + "%")
			.update();
		incomplete.resubmitIncompletePublications(publication -> true);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);

		assertThat(inApp(changeId)).isEqualTo(organizations);
		assertThat(count(changeId, "EMAIL")).isEqualTo(mails).isGreaterThanOrEqualTo(organizations);
		assertThat(jdbc.sql("""
				select count(*) from (select organization_id from notification
				  where idempotency_key like :key and channel = 'IN_APP'
				  group by organization_id having count(*) > 1) twice""")
			.param("key", "subprocessor-change:" + changeId + ":%")
			.query(Long.class)
			.single()).isZero();
	}

	private long inApp(UUID changeId) {
		return count(changeId, "IN_APP");
	}

	private long count(UUID changeId, String channel) {
		return jdbc.sql("select count(*) from notification where idempotency_key like :key and channel = :channel")
			.param("key", "subprocessor-change:" + changeId + ":%")
			.param("channel", channel)
			.query(Long.class)
			.single();
	}

}
