package io.article28.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.article28.IntegrationTest;
import io.article28.Tenants;

/**
 * The outbox stores each notification once per idempotency key: a batch that meets keys
 * already taken (an event handed over again) stores only the others, without failing the
 * transaction it runs in, and notifications stored together keep their topic.
 */
@IntegrationTest
class OutboxIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aBatchMeetingTakenKeysStoresOnlyTheNewOnesAndTheTransactionGoesOn() {
		var organization = tenants.create().organization().id();
		String topic = "test-topic:" + UUID.randomUUID();
		String first = topic + ":first";
		String second = topic + ":second";
		Integer storedFirst = transactions
			.execute(status -> outbox.batch().topic(topic).inApp(first, organization, "test", "one").store());
		assertThat(storedFirst).isEqualTo(1);

		Integer storedAgain = transactions.execute(status -> {
			int stored = outbox.batch()
				.topic(topic)
				.inApp(first, organization, "test", "one again")
				.inApp(second, organization, "test", "two")
				.store();
			// the transaction is still usable after the duplicate was met
			outbox.batch().inApp(topic + ":third", organization, "test", "three").store();
			return stored;
		});
		assertThat(storedAgain).isEqualTo(1);

		List<Map<String, Object>> rows = jdbc
			.sql("select idempotency_key, subject, topic from notification where idempotency_key like :prefix "
					+ "order by idempotency_key")
			.param("prefix", topic + ":%")
			.query()
			.listOfRows();
		assertThat(rows).extracting(row -> row.get("subject")).containsExactly("one", "two", "three");
		assertThat(rows).extracting(row -> row.get("topic")).containsExactly(topic, topic, null);
	}

}
