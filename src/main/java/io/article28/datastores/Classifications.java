package io.article28.datastores;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The columns' categories of personal data, suggested then reviewed, kept across
 * discoveries.
 */
@Repository
class Classifications {

	/**
	 * Which columns a list shows: of a category, from a confidence, only those to review.
	 */
	record Filter(Category category, Integer minConfidence, boolean toReview) {
	}

	private static final int BATCH = 1_000;

	private static final TypeReference<List<String>> PHRASES = new TypeReference<>() {
	};

	private static final String SELECT = """
			select k.*, c.data_type from datastore_classification k
			left join datastore_column c on c.discovery_id = k.discovery_id and c.schema_name = k.schema_name
			  and c.table_name = k.table_name and c.column_name = k.column_name
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final JsonMapper json;

	Classifications(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	/**
	 * Keeps the discovery's suggestions: a column seen before gets the new suggestion and
	 * keeps its review; a new one is added; one the discovery did not see is marked
	 * missing.
	 */
	void merge(DataStoreId store, UUID discovery, Map<ColumnClassification.Ref, Suggestion> suggestions) {
		List<MapSqlParameterSource> rows = new ArrayList<>();
		suggestions.forEach((ref,
				suggestion) -> rows.add(new MapSqlParameterSource().addValue("store", store.value())
					.addValue("schema", ref.schema())
					.addValue("table", ref.table())
					.addValue("column", ref.column())
					.addValue("category", suggestion.category().name())
					.addValue("confidence", suggestion.confidence())
					.addValue("evidence", evidence(suggestion.evidence()))
					.addValue("discovery", discovery)));
		for (int from = 0; from < rows.size(); from += BATCH) {
			MapSqlParameterSource[] chunk = rows.subList(from, Math.min(rows.size(), from + BATCH))
				.toArray(MapSqlParameterSource[]::new);
			int[] updated = batch.batchUpdate("""
					update datastore_classification set suggested_category = :category, confidence = :confidence,
					  evidence = :evidence, discovery_id = :discovery, missing = false
					where store_id = :store and schema_name = :schema and table_name = :table
					  and column_name = :column""", chunk);
			List<MapSqlParameterSource> fresh = new ArrayList<>();
			for (int i = 0; i < chunk.length; i++) {
				if (updated[i] == 0) {
					fresh.add(chunk[i]);
				}
			}
			if (!fresh.isEmpty()) {
				batch.batchUpdate(
						"""
								insert into datastore_classification (store_id, schema_name, table_name, column_name,
								  suggested_category, confidence, evidence, discovery_id, missing)
								values (:store, :schema, :table, :column, :category, :confidence, :evidence, :discovery, false)""",
						fresh.toArray(MapSqlParameterSource[]::new));
			}
		}
		jdbc.sql("update datastore_classification set missing = true where store_id = :store and discovery_id <> :d")
			.param("store", store.value())
			.param("d", discovery)
			.update();
	}

	Page<ColumnClassification> page(DataStoreId store, Filter filter, PageRequest request) {
		StringBuilder where = new StringBuilder(" where k.store_id = :store");
		MapSqlParameterSource params = new MapSqlParameterSource("store", store.value());
		if (filter.category() != null) {
			where.append(" and coalesce(k.reviewed_category, k.suggested_category) = :category");
			params.addValue("category", filter.category().name());
		}
		if (filter.minConfidence() != null) {
			where.append(" and k.confidence >= :confidence");
			params.addValue("confidence", filter.minConfidence());
		}
		if (filter.toReview()) {
			where.append(" and k.reviewed_category is null and k.suggested_category <> 'NONE' and not k.missing");
		}
		long total = jdbc.sql("select count(*) from datastore_classification k" + where)
			.paramSource(params)
			.query(Long.class)
			.single();
		params.addValue("limit", request.size()).addValue("offset", request.offset());
		List<ColumnClassification> items = jdbc
			.sql(SELECT + where + " order by k.schema_name, k.table_name, coalesce(c.position, 100000), k.column_name"
					+ " limit :limit offset :offset")
			.paramSource(params)
			.query(this::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	Optional<ColumnClassification> find(DataStoreId store, ColumnClassification.Ref ref) {
		return jdbc.sql(SELECT + """
				where k.store_id = :store and k.schema_name = :schema and k.table_name = :table
				  and k.column_name = :column""")
			.param("store", store.value())
			.param("schema", ref.schema())
			.param("table", ref.table())
			.param("column", ref.column())
			.query(this::map)
			.optional();
	}

	void review(DataStoreId store, ColumnClassification.Ref ref, Category category, UUID by, Instant at) {
		jdbc.sql("""
				update datastore_classification set reviewed_category = :category, reviewed_by = :by, reviewed_at = :at
				where store_id = :store and schema_name = :schema and table_name = :table and column_name = :column""")
			.param("store", store.value())
			.param("schema", ref.schema())
			.param("table", ref.table())
			.param("column", ref.column())
			.param("category", category.name())
			.param("by", by)
			.param("at", Timestamps.of(at))
			.update();
	}

	/** How many columns the store has, by category that holds, the missing ones aside. */
	Map<Category, Long> counts(DataStoreId store) {
		Map<Category, Long> counts = new java.util.EnumMap<>(Category.class);
		jdbc.sql("""
				select coalesce(reviewed_category, suggested_category), count(*) from datastore_classification
				where store_id = :store and not missing group by coalesce(reviewed_category, suggested_category)""")
			.param("store", store.value())
			.query((rs, row) -> counts.put(Category.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * The store's personal columns by table ({@code schema.table}), each with the
	 * category that holds; the missing ones aside.
	 */
	Map<String, Map<String, Category>> personal(DataStoreId store) {
		Map<String, Map<String, Category>> personal = new java.util.HashMap<>();
		jdbc.sql(
				"""
						select schema_name, table_name, column_name, coalesce(reviewed_category, suggested_category)
						from datastore_classification
						where store_id = :store and not missing and coalesce(reviewed_category, suggested_category) <> 'NONE'""")
			.param("store", store.value())
			.query((rs, row) -> personal
				.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), key -> new java.util.HashMap<>())
				.put(rs.getString(3), Category.valueOf(rs.getString(4))))
			.list();
		return personal;
	}

	void deleteOf(DataStoreId store) {
		jdbc.sql("delete from datastore_classification where store_id = :store").param("store", store.value()).update();
	}

	private ColumnClassification map(ResultSet rs, int row) throws SQLException {
		String reviewed = rs.getString("reviewed_category");
		return new ColumnClassification(rs.getString("schema_name"), rs.getString("table_name"),
				rs.getString("column_name"), rs.getString("data_type"),
				new Suggestion(Category.valueOf(rs.getString("suggested_category")), rs.getInt("confidence"),
						json.readValue(rs.getString("evidence"), PHRASES)),
				reviewed == null ? null : Category.valueOf(reviewed), Timestamps.read(rs, "reviewed_at"),
				rs.getBoolean("missing"));
	}

	private String evidence(List<String> phrases) {
		String written = json.writeValueAsString(phrases);
		return written.length() > 2000 ? json.writeValueAsString(phrases.subList(0, 1)) : written;
	}

}
