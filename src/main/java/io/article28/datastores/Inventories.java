package io.article28.datastores;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Timestamps;
import io.article28.platform.AppId;

/**
 * What many stores hold, read in a few set-based queries for the stores of a page of
 * organizations or for the stores a breach names: no query per store.
 */
@Repository
class Inventories {

	/** At most this many ids in one {@code in} list. */
	private static final int CHUNK = 500;

	private record Row(DataStoreId id, OrganizationId organization, AppId app, String label, Engine engine) {
	}

	private final JdbcClient jdbc;

	Inventories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stores of these organizations, by organization, label and id. */
	List<StoreInventory> ofOrganizations(Collection<OrganizationId> organizations) {
		List<UUID> ids = organizations.stream().map(OrganizationId::value).distinct().toList();
		return inventories(rows("organization_id", ids));
	}

	/** These stores, those that exist, by organization, label and id. */
	List<StoreInventory> ofStores(Collection<DataStoreId> stores) {
		List<UUID> ids = stores.stream().map(DataStoreId::value).distinct().toList();
		return inventories(rows("id", ids));
	}

	private List<Row> rows(String column, List<UUID> ids) {
		List<Row> rows = new ArrayList<>();
		for (List<UUID> chunk : chunks(ids)) {
			rows.addAll(jdbc
				.sql("select id, organization_id, app_id, label, engine from data_store where " + column + " in (:ids)")
				.param("ids", chunk)
				.query((rs, row) -> new Row(new DataStoreId(rs.getObject(1, UUID.class)),
						new OrganizationId(rs.getObject(2, UUID.class)), new AppId(rs.getObject(3, UUID.class)),
						rs.getString(4), Engine.valueOf(rs.getString(5))))
				.list());
		}
		rows.sort(Comparator.comparing((Row row) -> row.organization().value())
			.thenComparing(Row::label)
			.thenComparing(row -> row.id().value()));
		return rows;
	}

	private List<StoreInventory> inventories(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> stores = rows.stream().map(row -> row.id().value()).toList();
		Map<UUID, Instant> discoveredAt = new HashMap<>();
		Map<UUID, Set<Category>> categories = new HashMap<>();
		Map<UUID, Long> toReview = new HashMap<>();
		Map<UUID, List<String>> subjects = new HashMap<>();
		Map<UUID, Long> persons = new HashMap<>();
		for (List<UUID> chunk : chunks(stores)) {
			jdbc.sql("""
					select d.store_id, d.finished_at from datastore_discovery d
					where d.store_id in (:stores) and d.status = 'COMPLETED'
					  and d.finished_at = (select max(e.finished_at) from datastore_discovery e
					    where e.store_id = d.store_id and e.status = 'COMPLETED')""")
				.param("stores", chunk)
				.query((rs, row) -> discoveredAt.put(rs.getObject(1, UUID.class), Timestamps.read(rs, "finished_at")))
				.list();
			jdbc.sql("""
					select store_id, coalesce(reviewed_category, suggested_category) as category,
					  sum(case when reviewed_category is null and suggested_category <> 'NONE' then 1 else 0 end)
					from datastore_classification where store_id in (:stores) and not missing
					group by store_id, coalesce(reviewed_category, suggested_category)""")
				.param("stores", chunk)
				.query((rs, row) -> {
					UUID store = rs.getObject(1, UUID.class);
					Category category = Category.valueOf(rs.getString(2));
					if (category.personal()) {
						categories.computeIfAbsent(store, key -> EnumSet.noneOf(Category.class)).add(category);
					}
					return toReview.merge(store, rs.getLong(3), Long::sum);
				})
				.list();
			jdbc.sql("""
					select s.store_id, s.schema_name, s.table_name, t.estimated_rows
					from datastore_subject s
					left join datastore_table t on t.schema_name = s.schema_name and t.table_name = s.table_name
					  and t.discovery_id = (select d.id from datastore_discovery d where d.store_id = s.store_id
					    and d.status = 'COMPLETED' order by d.finished_at desc limit 1)
					where s.store_id in (:stores) order by s.store_id, s.schema_name, s.table_name""")
				.param("stores", chunk)
				.query((ResultSet rs, int row) -> subject(rs, subjects, persons))
				.list();
		}
		return rows.stream().map(row -> {
			UUID store = row.id().value();
			return new StoreInventory(row.id(), row.organization(), row.app(), row.label(), row.engine(),
					discoveredAt.get(store), List.copyOf(categories.getOrDefault(store, Set.of())),
					toReview.getOrDefault(store, 0L), subjects.getOrDefault(store, List.of()), persons.get(store));
		}).toList();
	}

	private static Object subject(ResultSet rs, Map<UUID, List<String>> subjects, Map<UUID, Long> persons)
			throws SQLException {
		UUID store = rs.getObject(1, UUID.class);
		subjects.computeIfAbsent(store, key -> new ArrayList<>()).add(rs.getString(2) + "." + rs.getString(3));
		long rows = rs.getLong(4);
		if (!rs.wasNull()) {
			persons.merge(store, Math.max(0, rows), Long::sum);
		}
		return store;
	}

	private static List<List<UUID>> chunks(List<UUID> ids) {
		List<List<UUID>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
		}
		return chunks;
	}

}
