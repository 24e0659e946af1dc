package io.article28.subprocessors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.EmailAddress;
import io.article28.core.Timestamps;

/** The email subscriptions to the changes of sub-processors. */
@Repository
class Subscriptions {

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Subscription subscription) {
		jdbc.sql("""
				insert into subprocessor_subscription (id, email, token, requested_at, confirmed_at, last_mail_at)
				values (:id, :email, :token, :requestedAt, :confirmedAt, :lastMailAt)""")
			.param("id", subscription.id())
			.param("email", subscription.email().value())
			.param("token", subscription.token())
			.param("requestedAt", Timestamps.of(subscription.requestedAt()))
			.param("confirmedAt", Timestamps.of(subscription.confirmedAt()))
			.param("lastMailAt", Timestamps.of(subscription.lastMailAt()))
			.update();
	}

	void update(Subscription subscription) {
		jdbc.sql("update subprocessor_subscription set confirmed_at = :confirmedAt, last_mail_at = :lastMailAt"
				+ " where id = :id")
			.param("confirmedAt", Timestamps.of(subscription.confirmedAt()))
			.param("lastMailAt", Timestamps.of(subscription.lastMailAt()))
			.param("id", subscription.id())
			.update();
	}

	Optional<Subscription> find(UUID id) {
		return jdbc.sql("select * from subprocessor_subscription where id = :id")
			.param("id", id)
			.query(Subscriptions::subscription)
			.optional();
	}

	Optional<Subscription> withEmail(EmailAddress email) {
		return jdbc.sql("select * from subprocessor_subscription where email = :email")
			.param("email", email.value())
			.query(Subscriptions::subscription)
			.optional();
	}

	Optional<Subscription> withToken(String token) {
		return jdbc.sql("select * from subprocessor_subscription where token = :token")
			.param("token", token)
			.query(Subscriptions::subscription)
			.optional();
	}

	boolean delete(UUID id) {
		return jdbc.sql("delete from subprocessor_subscription where id = :id").param("id", id).update() == 1;
	}

	/** Confirmed subscriptions after one, in the order of their ids: to walk them all. */
	List<Subscription> confirmedAfter(UUID after, int limit) {
		return jdbc
			.sql("select * from subprocessor_subscription where confirmed_at is not null"
					+ (after == null ? "" : " and id > :after") + " order by id limit :limit")
			.params(after == null ? Map.of() : Map.of("after", after))
			.param("limit", limit)
			.query(Subscriptions::subscription)
			.list();
	}

	/** Pending subscriptions last mailed before the cutoff. */
	List<UUID> pendingBefore(Instant cutoff) {
		return jdbc
			.sql("select id from subprocessor_subscription where confirmed_at is null and last_mail_at < :cutoff")
			.param("cutoff", Timestamps.of(cutoff))
			.query(UUID.class)
			.list();
	}

	/** Deletes the subscription unless it was confirmed or mailed again meanwhile. */
	boolean deletePendingBefore(UUID id, Instant cutoff) {
		return jdbc.sql("""
				delete from subprocessor_subscription
				where id = :id and confirmed_at is null and last_mail_at < :cutoff""")
			.param("id", id)
			.param("cutoff", Timestamps.of(cutoff))
			.update() == 1;
	}

	private static Subscription subscription(ResultSet rs, int row) throws SQLException {
		return new Subscription(rs.getObject("id", UUID.class), new EmailAddress(rs.getString("email")),
				rs.getString("token"), Timestamps.read(rs, "requested_at"), Timestamps.read(rs, "confirmed_at"),
				Timestamps.read(rs, "last_mail_at"));
	}

}
