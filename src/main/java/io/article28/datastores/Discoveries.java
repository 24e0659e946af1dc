package io.article28.datastores;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/**
 * The discoveries of the data stores: the work items of the discovery job and their
 * outcome.
 */
@Repository
class Discoveries {

	private final JdbcClient jdbc;

	Discoveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void queue(Discovery discovery) {
		jdbc.sql("""
				insert into datastore_discovery (id, store_id, organization_id, status, requested_at)
				values (:id, :store, :org, 'QUEUED', :at)""")
			.param("id", discovery.id())
			.param("store", discovery.storeId().value())
			.param("org", discovery.organizationId().value())
			.param("at", Timestamps.of(discovery.requestedAt()))
			.update();
	}

	Optional<Discovery> find(UUID id) {
		return jdbc.sql("select * from datastore_discovery where id = :id")
			.param("id", id)
			.query(Discoveries::map)
			.optional();
	}

	/** The store's discovery queued or running, if any: a second request waits on it. */
	Optional<Discovery> inProgress(DataStoreId store) {
		return jdbc.sql("""
				select * from datastore_discovery where store_id = :store and status in ('QUEUED', 'RUNNING')
				order by requested_at limit 1""").param("store", store.value()).query(Discoveries::map).optional();
	}

	Optional<Discovery> latestCompleted(DataStoreId store) {
		return jdbc.sql("""
				select * from datastore_discovery where store_id = :store and status = 'COMPLETED'
				order by finished_at desc limit 1""").param("store", store.value()).query(Discoveries::map).optional();
	}

	Optional<Discovery> latest(DataStoreId store) {
		return jdbc.sql("select * from datastore_discovery where store_id = :store order by requested_at desc limit 1")
			.param("store", store.value())
			.query(Discoveries::map)
			.optional();
	}

	Page<Discovery> ofStore(DataStoreId store, PageRequest request) {
		long total = jdbc.sql("select count(*) from datastore_discovery where store_id = :store")
			.param("store", store.value())
			.query(Long.class)
			.single();
		List<Discovery> items = jdbc.sql("""
				select * from datastore_discovery where store_id = :store
				order by requested_at desc, id limit :limit offset :offset""")
			.param("store", store.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Discoveries::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	/** Queued ones, and running ones whose worker stopped beating before the cutoff. */
	List<UUID> claimable(Instant staleBefore, int limit) {
		return jdbc.sql("""
				select id from datastore_discovery
				where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < :stale)
				order by requested_at limit :limit""")
			.param("stale", Timestamps.of(staleBefore))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	boolean claim(UUID id, Instant now, Instant staleBefore) {
		return jdbc.sql("""
				update datastore_discovery set status = 'RUNNING', step = 'CONNECTING', started_at = :now,
				  heartbeat_at = :now
				where id = :id and (status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < :stale))""")
			.param("id", id)
			.param("now", Timestamps.of(now))
			.param("stale", Timestamps.of(staleBefore))
			.update() == 1;
	}

	void step(UUID id, Discovery.Step step, Instant now) {
		jdbc.sql(
				"update datastore_discovery set step = :step, heartbeat_at = :now where id = :id and status = 'RUNNING'")
			.param("id", id)
			.param("step", step.name())
			.param("now", Timestamps.of(now))
			.update();
	}

	/**
	 * Completes it; false when it is no longer there (its store was removed meanwhile).
	 */
	boolean complete(UUID id, int tables, int columns, UUID previous, Discovery.Changes changes, Instant now) {
		return jdbc.sql("""
				update datastore_discovery set status = 'COMPLETED', step = null, finished_at = :now,
				  table_count = :tables, column_count = :columns, previous_id = :previous,
				  tables_added = :tablesAdded, tables_dropped = :tablesDropped, columns_added = :columnsAdded,
				  columns_dropped = :columnsDropped, columns_changed = :columnsChanged
				where id = :id and status = 'RUNNING'""")
			.param("id", id)
			.param("now", Timestamps.of(now))
			.param("tables", tables)
			.param("columns", columns)
			.param("previous", previous)
			.param("tablesAdded", changes == null ? null : changes.tablesAdded())
			.param("tablesDropped", changes == null ? null : changes.tablesDropped())
			.param("columnsAdded", changes == null ? null : changes.columnsAdded())
			.param("columnsDropped", changes == null ? null : changes.columnsDropped())
			.param("columnsChanged", changes == null ? null : changes.columnsChanged())
			.update() == 1;
	}

	void fail(UUID id, ConnectionCheck.Status failure, Instant now) {
		jdbc.sql("""
				update datastore_discovery set status = 'FAILED', step = null, finished_at = :now, failure = :failure
				where id = :id and status = 'RUNNING'""")
			.param("id", id)
			.param("failure", failure.name())
			.param("now", Timestamps.of(now))
			.update();
	}

	void deleteOf(DataStoreId store) {
		jdbc.sql("delete from datastore_discovery where store_id = :store").param("store", store.value()).update();
	}

	private static Discovery map(ResultSet rs, int row) throws SQLException {
		String step = rs.getString("step");
		String failure = rs.getString("failure");
		Object tablesAdded = rs.getObject("tables_added");
		Discovery.Changes changes = tablesAdded == null ? null
				: new Discovery.Changes(rs.getInt("tables_added"), rs.getInt("tables_dropped"),
						rs.getInt("columns_added"), rs.getInt("columns_dropped"), rs.getInt("columns_changed"));
		return new Discovery(rs.getObject("id", UUID.class), new DataStoreId(rs.getObject("store_id", UUID.class)),
				new OrganizationId(rs.getObject("organization_id", UUID.class)),
				Discovery.Status.valueOf(rs.getString("status")), step == null ? null : Discovery.Step.valueOf(step),
				Timestamps.read(rs, "requested_at"), Timestamps.read(rs, "started_at"),
				Timestamps.read(rs, "finished_at"), (Integer) rs.getObject("table_count", Integer.class),
				rs.getObject("column_count", Integer.class),
				failure == null ? null : ConnectionCheck.Status.valueOf(failure),
				rs.getObject("previous_id", UUID.class), changes);
	}

}
