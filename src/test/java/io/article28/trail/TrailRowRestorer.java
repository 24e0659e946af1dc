package io.article28.trail;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.core.Timestamps;

/** Puts a row back exactly as it was, after a test has tampered with the stored chain. */
final class TrailRowRestorer {

	private final JdbcClient jdbc;

	TrailRowRestorer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TrailEntry entry) {
		jdbc.sql("""
				insert into trail_entry (sequence, recorded_at, actor_type, actor_id, organization_id, action,
				  object_type, object_id, detail, previous_hash, hash)
				values (:sequence, :recordedAt, :actorType, :actorId, :organizationId, :action,
				  :objectType, :objectId, :detail, :previousHash, :hash)""")
			.param("sequence", entry.sequence())
			.param("recordedAt", Timestamps.of(entry.recordedAt()))
			.param("actorType", entry.actorType().name())
			.param("actorId", entry.actorId())
			.param("organizationId", entry.organizationId())
			.param("action", entry.action())
			.param("objectType", entry.objectType())
			.param("objectId", entry.objectId())
			.param("detail", entry.detail())
			.param("previousHash", entry.previousHash())
			.param("hash", entry.hash())
			.update();
	}

}
