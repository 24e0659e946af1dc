package io.article28.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.IntegrityException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/**
 * The stored chain: appends under a lock on its head, filtered reads, ordered scans and
 * purges.
 */
@Repository
class TrailEntries {

	record Head(long sequence, String hash) {
	}

	record Checkpoint(long sequence, String hash, long purgedEntries, Instant createdAt, String signature) {
	}

	private static final String INSERT = """
			insert into trail_entry (sequence, recorded_at, actor_type, actor_id, actor_pseudonym, organization_id,
			  action, object_type, object_id, object_pseudonym, detail, previous_hash, hash)
			values (:sequence, :recordedAt, :actorType, :actorId, :actorPseudonym, :organizationId,
			  :action, :objectType, :objectId, :objectPseudonym, :detail, :previousHash, :hash)""";

	private static final Logger log = LoggerFactory.getLogger(TrailEntries.class);

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	TrailEntries(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Locks the head of the chain until the surrounding transaction ends, so that
	 * concurrent appends, from this instance or another, take their turn.
	 */
	Head lockHead() {
		return jdbc.sql("select sequence, hash from trail_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong("sequence"), rs.getString("hash")))
			.single();
	}

	/**
	 * The first entry beyond the head, read in one statement with the head, so that an
	 * append committing meanwhile (entries and head together) cannot look like one.
	 */
	Optional<Long> firstBeyondHead() {
		return jdbc.sql(
				"select min(sequence) from trail_entry where sequence > (select sequence from trail_head where id = 1)")
			.query(Long.class)
			.optional();
	}

	Head head() {
		return jdbc.sql("select sequence, hash from trail_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong("sequence"), rs.getString("hash")))
			.single();
	}

	/**
	 * Writes the entries, in chain order, and moves the head to the last one. A row
	 * already at one of their places was written beyond the head behind the application's
	 * back: the append fails with an integrity error, logged, and verification names it.
	 */
	void append(List<TrailEntry> chained) {
		if (chained.isEmpty()) {
			return;
		}
		try {
			batch.batchUpdate(INSERT,
					chained.stream().map(TrailEntries::parameters).toArray(SqlParameterSource[]::new));
		}
		catch (DuplicateKeyException ex) {
			log.error(
					"Trail integrity: an entry already stands at sequence {} or after, beyond the head; "
							+ "nothing is recorded until it is looked into (verification names it)",
					chained.get(0).sequence());
			throw new IntegrityException("an entry stands beyond the head of the trail", null);
		}
		TrailEntry last = chained.get(chained.size() - 1);
		jdbc.sql("update trail_head set sequence = :sequence, hash = :hash where id = 1")
			.param("sequence", last.sequence())
			.param("hash", last.hash())
			.update();
	}

	/** Writes the row alone; {@link #append} also moves the head. */
	void insert(TrailEntry entry) {
		batch.update(INSERT, parameters(entry));
	}

	private static SqlParameterSource parameters(TrailEntry entry) {
		return new MapSqlParameterSource().addValue("sequence", entry.sequence())
			.addValue("recordedAt", Timestamps.of(entry.recordedAt()))
			.addValue("actorType", entry.actorType().name())
			.addValue("actorId", entry.actorId())
			.addValue("actorPseudonym", entry.actorPseudonym())
			.addValue("organizationId", entry.organizationId())
			.addValue("action", entry.action())
			.addValue("objectType", entry.objectType())
			.addValue("objectId", entry.objectId())
			.addValue("objectPseudonym", entry.objectPseudonym())
			.addValue("detail", entry.detail())
			.addValue("previousHash", entry.previousHash())
			.addValue("hash", entry.hash());
	}

	Page<TrailEntry> page(TrailFilter filter, PageRequest request) {
		Where where = where(filter);
		long total = jdbc.sql("select count(*) from trail_entry" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		List<TrailEntry> items = jdbc
			.sql("select * from trail_entry" + where.sql() + " order by sequence desc limit :limit offset :offset")
			.params(where.params())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(TrailEntries::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	/**
	 * The matching entries after a sequence number, oldest first, at most {@code limit}.
	 */
	List<TrailEntry> after(TrailFilter filter, long sequence, int limit) {
		Where where = where(filter);
		String sql = "select * from trail_entry" + where.sql() + (where.sql().isEmpty() ? " where" : " and")
				+ " sequence > :after order by sequence limit :limit";
		return jdbc.sql(sql)
			.params(where.params())
			.param("after", sequence)
			.param("limit", limit)
			.query(TrailEntries::map)
			.list();
	}

	/** The organization's latest entries about one object, of a family of actions. */
	List<TrailEntry> about(UUID organization, String objectType, String objectId, String actions, int limit) {
		return jdbc.sql("""
				select * from trail_entry where organization_id = :org and object_type = :type and object_id = :id
				  and action like :actions order by sequence desc limit :limit""")
			.param("org", organization)
			.param("type", objectType)
			.param("id", objectId)
			.param("actions", actions + "%")
			.param("limit", limit)
			.query(TrailEntries::map)
			.list();
	}

	Optional<TrailEntry> find(long sequence) {
		return jdbc.sql("select * from trail_entry where sequence = :sequence")
			.param("sequence", sequence)
			.query(TrailEntries::map)
			.optional();
	}

	/**
	 * The last sequence of the oldest run of entries recorded before the cutoff: the
	 * purge takes a prefix of the chain and stops at the first entry that is still young.
	 */
	Optional<Long> lastSequenceBefore(Instant cutoff) {
		Long firstYoung = jdbc.sql("select min(sequence) from trail_entry where recorded_at >= :cutoff")
			.param("cutoff", Timestamps.of(cutoff))
			.query(Long.class)
			.optional()
			.orElse(null);
		String sql = firstYoung == null ? "select max(sequence) from trail_entry where recorded_at < :cutoff"
				: "select max(sequence) from trail_entry where recorded_at < :cutoff and sequence < :young";
		return jdbc.sql(sql)
			.param("cutoff", Timestamps.of(cutoff))
			.param("young", firstYoung == null ? 0L : firstYoung)
			.query(Long.class)
			.optional();
	}

	int deleteUpTo(long sequence) {
		return jdbc.sql("delete from trail_entry where sequence <= :sequence").param("sequence", sequence).update();
	}

	/**
	 * Replaces the identifiers of these people by their pseudonyms, wherever they acted
	 * or were acted on; the chain, which covers the pseudonyms, is untouched.
	 */
	int pseudonymize(Collection<String> people) {
		if (people.isEmpty()) {
			return 0;
		}
		int actors = jdbc.sql("""
				update trail_entry set actor_id = actor_pseudonym
				where actor_id in (:people) and actor_pseudonym is not null""").param("people", people).update();
		int objects = jdbc.sql("""
				update trail_entry set object_id = object_pseudonym
				where object_type = :person and object_id in (:people) and object_pseudonym is not null""")
			.param("person", TrailEntry.PERSON_OBJECT)
			.param("people", people)
			.update();
		return actors + objects;
	}

	void saveCheckpoint(Checkpoint checkpoint) {
		jdbc.sql("""
				insert into trail_checkpoint (sequence, hash, purged_entries, created_at, signature)
				values (:sequence, :hash, :purged, :createdAt, :signature)""")
			.param("sequence", checkpoint.sequence())
			.param("hash", checkpoint.hash())
			.param("purged", checkpoint.purgedEntries())
			.param("createdAt", Timestamps.of(checkpoint.createdAt()))
			.param("signature", checkpoint.signature())
			.update();
	}

	Optional<Checkpoint> latestCheckpoint() {
		return jdbc.sql("select * from trail_checkpoint order by sequence desc, id desc limit 1")
			.query((rs, row) -> new Checkpoint(rs.getLong("sequence"), rs.getString("hash"),
					rs.getLong("purged_entries"), Timestamps.read(rs, "created_at"), rs.getString("signature")))
			.optional();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(TrailFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		if (filter.organizationId() != null) {
			conditions.add("organization_id = :organizationId");
			params.put("organizationId", filter.organizationId().value());
		}
		if (filter.action() != null) {
			if (filter.action().endsWith(".")) {
				conditions.add("action like :action");
				params.put("action", filter.action() + "%");
			}
			else {
				conditions.add("action = :action");
				params.put("action", filter.action());
			}
		}
		if (!filter.deliveries() && (filter.action() == null || !filter.action().startsWith(TrailFilter.DELIVERIES))) {
			conditions.add("action not like :deliveries");
			params.put("deliveries", TrailFilter.DELIVERIES + "%");
		}
		if (filter.from() != null) {
			conditions.add("recorded_at >= :from");
			params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			conditions.add("recorded_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	private static TrailEntry map(ResultSet rs, int row) throws SQLException {
		return new TrailEntry(rs.getLong("sequence"), Timestamps.read(rs, "recorded_at"),
				ActorType.valueOf(rs.getString("actor_type")), rs.getString("actor_id"),
				rs.getString("actor_pseudonym"), rs.getObject("organization_id", UUID.class), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), rs.getString("object_pseudonym"),
				rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
	}

}
