package io.article28.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/** The stored notifications and their attempts. */
@Repository
class Notifications {

	private static final int BATCH = 500;

	private static final String INSERT = """
			insert into notification (id, idempotency_key, organization_id, channel, kind, recipient, subject,
			  body_text, body_html, payload, status, attempts, next_attempt_at, created_at, delivered_at,
			  attachment_name, attachment, topic)
			values (:id, :key, :org, :channel, :kind, :recipient, :subject, :text, :html, :payload, :status, 0,
			  :next, :created, :delivered, :attachmentName, :attachment, :topic)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final TransactionTemplate savepoint;

	Notifications(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Stores the notifications whose idempotency key is not taken yet, in batches;
	 * returns how many were stored. Most batches are new: each is inserted at once, under
	 * a savepoint. Only a batch that meets a taken key (an event handed over again) is
	 * rolled back to it and stored again without the keys found taken: reading the keys
	 * of every batch first made each batch wait on a search of the whole table whenever
	 * PostgreSQL had planned it while the table was small. Two writers racing on one key
	 * meet the unique constraint, and the loser's event is retried.
	 */
	int insertAllIfAbsent(List<Notification> candidates, String topic) {
		Map<String, Notification> unique = new LinkedHashMap<>();
		candidates.forEach(n -> unique.putIfAbsent(n.idempotencyKey(), n));
		List<Notification> all = List.copyOf(unique.values());
		int stored = 0;
		for (int from = 0; from < all.size(); from += BATCH) {
			List<Notification> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
			try {
				savepoint.executeWithoutResult(status -> insert(chunk, topic));
				stored += chunk.size();
			}
			catch (DuplicateKeyException ex) {
				Set<String> taken = Set
					.copyOf(jdbc.sql("select idempotency_key from notification where idempotency_key in (:keys)")
						.param("keys", chunk.stream().map(Notification::idempotencyKey).toList())
						.query(String.class)
						.list());
				List<Notification> fresh = chunk.stream().filter(n -> !taken.contains(n.idempotencyKey())).toList();
				insert(fresh, topic);
				stored += fresh.size();
			}
		}
		return stored;
	}

	private void insert(List<Notification> notifications, String topic) {
		batch.batchUpdate(INSERT,
				notifications.stream()
					.map(n -> parameters(n).addValue("topic", topic))
					.toArray(SqlParameterSource[]::new));
	}

	private static MapSqlParameterSource parameters(Notification n) {
		return new MapSqlParameterSource().addValue("attachmentName", n.attachmentName())
			.addValue("attachment", n.attachment())
			.addValue("id", n.id())
			.addValue("key", n.idempotencyKey())
			.addValue("org", n.organizationId())
			.addValue("channel", n.channel().name())
			.addValue("kind", n.kind())
			.addValue("recipient", n.recipient())
			.addValue("subject", n.subject())
			.addValue("text", n.bodyText())
			.addValue("html", n.bodyHtml())
			.addValue("payload", n.payload())
			.addValue("status", n.status().name())
			.addValue("next", Timestamps.of(n.nextAttemptAt()))
			.addValue("created", Timestamps.of(n.createdAt()))
			.addValue("delivered", Timestamps.of(n.deliveredAt()));
	}

	List<UUID> due(Instant now, int limit) {
		return jdbc.sql("""
				select id from notification where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, created_at limit :limit""")
			.param("now", Timestamps.of(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Takes the notification for delivery; false when another worker took it first. */
	boolean claim(UUID id, Instant now) {
		return jdbc
			.sql("update notification set status = 'SENDING', claimed_at = :now where id = :id and status = 'PENDING'")
			.param("now", Timestamps.of(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Gives back notifications whose worker stopped in the middle (a crash, a restart).
	 */
	int releaseAbandoned(Instant claimedBefore) {
		return jdbc.sql("update notification set status = 'PENDING' where status = 'SENDING' and claimed_at < :before")
			.param("before", Timestamps.of(claimedBefore))
			.update();
	}

	Notification find(UUID id) {
		return jdbc.sql("select * from notification where id = :id").param("id", id).query(Notifications::map).single();
	}

	void markDelivered(UUID id, NotificationStatus status, Instant now) {
		jdbc.sql("""
				update notification set status = :status, attempts = attempts + 1, delivered_at = :now,
				  last_error = null where id = :id""")
			.param("status", status.name())
			.param("now", Timestamps.of(now))
			.param("id", id)
			.update();
	}

	void markRetry(UUID id, Instant nextAttempt, String error) {
		jdbc.sql("""
				update notification set status = 'PENDING', attempts = attempts + 1, next_attempt_at = :next,
				  last_error = :error where id = :id""")
			.param("next", Timestamps.of(nextAttempt))
			.param("error", error)
			.param("id", id)
			.update();
	}

	/**
	 * Forgets whom a delivered message went to and what it said; its kind, dates and
	 * outcome stay.
	 */
	void eraseContent(UUID id) {
		jdbc.sql("""
				update notification set recipient = null, subject = null, body_text = null, body_html = null,
				  payload = null, attachment = null, attachment_name = null, last_error = null,
				  idempotency_key = :erased
				where id = :id""").param("erased", "erased:" + id).param("id", id).update();
		jdbc.sql("update notification_attempt set detail = null where notification_id = :id").param("id", id).update();
	}

	void markFailed(UUID id, String error) {
		jdbc.sql(
				"update notification set status = 'FAILED', attempts = attempts + 1, last_error = :error where id = :id")
			.param("error", error)
			.param("id", id)
			.update();
	}

	void logAttempt(UUID id, Instant at, boolean succeeded, String detail) {
		jdbc.sql("""
				insert into notification_attempt (notification_id, attempted_at, succeeded, detail)
				values (:id, :at, :succeeded, :detail)""")
			.param("id", id)
			.param("at", Timestamps.of(at))
			.param("succeeded", succeeded)
			.param("detail", detail)
			.update();
	}

	List<Attempt> attempts(UUID id) {
		return jdbc.sql("select * from notification_attempt where notification_id = :id order by attempted_at, id")
			.param("id", id)
			.query((rs, row) -> new Attempt(Timestamps.read(rs, "attempted_at"), rs.getBoolean("succeeded"),
					rs.getString("detail")))
			.list();
	}

	Page<Notification> page(UUID organization, Channel channel, PageRequest request) {
		String where = " where channel = :channel" + (organization == null ? "" : " and organization_id = :org");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("channel", channel.name());
		if (organization != null) {
			params.put("org", organization);
		}
		long total = jdbc.sql("select count(*) from notification" + where).params(params).query(Long.class).single();
		List<Notification> items = jdbc
			.sql("select * from notification" + where + " order by created_at desc, id limit :limit offset :offset")
			.params(params)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Notifications::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	/**
	 * A batch of the organization's notifications on every channel after a position
	 * (creation time, then id), without their attachments: the keyset read of an export.
	 */
	List<Notification> after(UUID organization, Instant createdAt, UUID id, int limit) {
		return jdbc.sql("""
				select id, idempotency_key, organization_id, channel, kind, recipient, subject, body_text, body_html,
				  payload, status, attempts, next_attempt_at, last_error, created_at, delivered_at, read_at,
				  attachment_name, null as attachment
				from notification
				where organization_id = :org and (created_at > :at or (created_at = :at and id > :id))
				order by created_at, id limit :limit""")
			.param("org", organization)
			.param("at", Timestamps.of(createdAt))
			.param("id", id)
			.param("limit", limit)
			.query(Notifications::map)
			.list();
	}

	NotificationManagement.DeliveryProgress progress(String topic) {
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql("select status, count(*) as n from notification where topic = :topic group by status")
			.param("topic", topic)
			.query(rs -> {
				counts.put(rs.getString("status"), rs.getLong("n"));
			});
		long queued = counts.getOrDefault("PENDING", 0L) + counts.getOrDefault("SENDING", 0L);
		long delivered = counts.getOrDefault("SENT", 0L) + counts.getOrDefault("KEPT", 0L);
		return new NotificationManagement.DeliveryProgress(queued, delivered, counts.getOrDefault("FAILED", 0L));
	}

	long countUnread(UUID organization) {
		return jdbc.sql("""
				select count(*) from notification
				where organization_id = :org and channel = 'IN_APP' and read_at is null""")
			.param("org", organization)
			.query(Long.class)
			.single();
	}

	int markRead(UUID organization, UUID id, Instant now) {
		return jdbc.sql("""
				update notification set read_at = :now
				where organization_id = :org and channel = 'IN_APP' and read_at is null and id = :id""")
			.param("now", Timestamps.of(now))
			.param("org", organization)
			.param("id", id)
			.update();
	}

	int markAllRead(UUID organization, Instant now) {
		return jdbc.sql("""
				update notification set read_at = :now
				where organization_id = :org and channel = 'IN_APP' and read_at is null""")
			.param("now", Timestamps.of(now))
			.param("org", organization)
			.update();
	}

	boolean exists(UUID organization, UUID id) {
		return jdbc
			.sql("select count(*) from notification where id = :id and organization_id = :org and channel = 'IN_APP'")
			.param("id", id)
			.param("org", organization)
			.query(Long.class)
			.single() > 0;
	}

	private static Notification map(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getObject("id", UUID.class), rs.getString("idempotency_key"),
				rs.getObject("organization_id", UUID.class), Channel.valueOf(rs.getString("channel")),
				rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
				rs.getString("body_html"), rs.getString("payload"), NotificationStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), Timestamps.read(rs, "next_attempt_at"), rs.getString("last_error"),
				Timestamps.read(rs, "created_at"), Timestamps.read(rs, "delivered_at"), Timestamps.read(rs, "read_at"),
				rs.getString("attachment_name"), rs.getBytes("attachment"));
	}

}
