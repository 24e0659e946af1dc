package io.article28.datastores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog snapshots of the discoveries: written in batches, compared with the one
 * before in a few set-based statements, read back a page of tables at a time.
 */
@Repository
class Snapshots {

	private static final int BATCH = 1_000;

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final JsonMapper json;

	Snapshots(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	void save(UUID discovery, Catalog catalog) {
		List<MapSqlParameterSource> tables = new ArrayList<>();
		List<MapSqlParameterSource> columns = new ArrayList<>();
		List<MapSqlParameterSource> keys = new ArrayList<>();
		for (Catalog.Table table : catalog.tables()) {
			tables.add(row(discovery, table).addValue("kind", table.kind().name())
				.addValue("rows", table.estimatedRows())
				.addValue("pk", names(table.primaryKey())));
			for (Catalog.Column column : table.columns()) {
				columns.add(row(discovery, table).addValue("column", column.name())
					.addValue("position", column.position())
					.addValue("type", column.type().length() > 200 ? column.type().substring(0, 200) : column.type())
					.addValue("nullable", column.nullable())
					.addValue("length", column.maxLength()));
			}
			for (Catalog.ForeignKey key : table.foreignKeys()) {
				keys.add(row(discovery, table).addValue("kind", "FOREIGN")
					.addValue("name", key.name())
					.addValue("unique", false)
					.addValue("columns", names(key.columns()))
					.addValue("refSchema", key.referencedSchema())
					.addValue("refTable", key.referencedTable())
					.addValue("refColumns", names(key.referencedColumns())));
			}
			for (Catalog.Index index : table.indexes()) {
				keys.add(row(discovery, table).addValue("kind", "INDEX")
					.addValue("name", index.name())
					.addValue("unique", index.unique())
					.addValue("columns", names(index.columns()))
					.addValue("refSchema", null)
					.addValue("refTable", null)
					.addValue("refColumns", null));
			}
		}
		insert("""
				insert into datastore_table (discovery_id, schema_name, table_name, kind, estimated_rows, primary_key)
				values (:discovery, :schema, :table, :kind, :rows, :pk)""", tables);
		insert("""
				insert into datastore_column (discovery_id, schema_name, table_name, column_name, position, data_type,
				  nullable, max_length)
				values (:discovery, :schema, :table, :column, :position, :type, :nullable, :length)""", columns);
		insert("""
				insert into datastore_key (discovery_id, schema_name, table_name, kind, key_name, unique_key, columns,
				  referenced_schema, referenced_table, referenced_columns)
				values (:discovery, :schema, :table, :kind, :name, :unique, :columns, :refSchema, :refTable,
				  :refColumns)""", keys);
	}

	/**
	 * Records what changed from the previous snapshot to this one (tables added or
	 * dropped, columns added, dropped or changed in type or nullability in the tables
	 * both have) and counts it.
	 */
	Discovery.Changes compare(UUID previous, UUID current) {
		Map<String, Object> both = Map.of("previous", previous, "current", current);
		int tablesAdded = jdbc.sql("""
				insert into datastore_change (discovery_id, change_kind, schema_name, table_name)
				select :current, 'TABLE_ADDED', schema_name, table_name from (
				  select schema_name, table_name from datastore_table where discovery_id = :current
				  except select schema_name, table_name from datastore_table where discovery_id = :previous) added""")
			.params(both)
			.update();
		int tablesDropped = jdbc.sql("""
				insert into datastore_change (discovery_id, change_kind, schema_name, table_name)
				select :current, 'TABLE_DROPPED', schema_name, table_name from (
				  select schema_name, table_name from datastore_table where discovery_id = :previous
				  except select schema_name, table_name from datastore_table where discovery_id = :current) dropped""")
			.params(both)
			.update();
		int columnsAdded = columnChanges("COLUMN_ADDED", current, previous);
		int columnsDropped = columnChanges("COLUMN_DROPPED", previous, current);
		int columnsChanged = jdbc.sql("""
				insert into datastore_change (discovery_id, change_kind, schema_name, table_name, column_name)
				select :current, 'COLUMN_CHANGED', c.schema_name, c.table_name, c.column_name
				from datastore_column c join datastore_column p
				  on p.discovery_id = :previous and p.schema_name = c.schema_name and p.table_name = c.table_name
				  and p.column_name = c.column_name
				where c.discovery_id = :current and (p.data_type <> c.data_type or p.nullable <> c.nullable)""")
			.params(both)
			.update();
		return new Discovery.Changes(tablesAdded, tablesDropped, columnsAdded, columnsDropped, columnsChanged);
	}

	/** Columns of {@code in} that {@code notIn} lacks, in the tables both have. */
	private int columnChanges(String kind, UUID in, UUID notIn) {
		return jdbc.sql("""
				insert into datastore_change (discovery_id, change_kind, schema_name, table_name, column_name)
				select :current, :kind, c.schema_name, c.table_name, c.column_name
				from datastore_column c
				where c.discovery_id = :in
				  and exists (select 1 from datastore_table t where t.discovery_id = :notIn
				    and t.schema_name = c.schema_name and t.table_name = c.table_name)
				  and not exists (select 1 from datastore_column o where o.discovery_id = :notIn
				    and o.schema_name = c.schema_name and o.table_name = c.table_name
				    and o.column_name = c.column_name)""")
			.param("current", "COLUMN_ADDED".equals(kind) ? in : notIn)
			.param("kind", kind)
			.param("in", in)
			.param("notIn", notIn)
			.update();
	}

	List<SchemaChange> changes(UUID discovery, int limit) {
		return jdbc.sql("""
				select change_kind, schema_name, table_name, column_name from datastore_change
				where discovery_id = :discovery order by schema_name, table_name, column_name, change_kind
				limit :limit""")
			.param("discovery", discovery)
			.param("limit", limit)
			.query((rs, row) -> new SchemaChange(SchemaChange.Kind.valueOf(rs.getString(1)), rs.getString(2),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * A page of the snapshot's tables, each with its columns and keys, by schema and
	 * name.
	 */
	Page<Catalog.Table> tables(UUID discovery, PageRequest request) {
		long total = jdbc.sql("select count(*) from datastore_table where discovery_id = :discovery")
			.param("discovery", discovery)
			.query(Long.class)
			.single();
		return new Page<>(rows(discovery, request.size(), request.offset()), request.page(), request.size(), total);
	}

	private List<Catalog.Table> rows(UUID discovery, long limit, long offset) {
		return rows(discovery, " order by schema_name, table_name limit :limit offset :offset",
				Map.of("limit", limit, "offset", offset));
	}

	/**
	 * One table of the snapshot with its columns and keys, without reading the others.
	 */
	Optional<Catalog.Table> table(UUID discovery, String schema, String table) {
		if (schema == null || table == null) {
			return Optional.empty();
		}
		return rows(discovery, " and schema_name = :schema and table_name = :table",
				Map.of("schema", schema, "table", table))
			.stream()
			.findFirst();
	}

	/**
	 * The snapshot's tables that the condition selects (appended to the query of the
	 * tables, with its parameters), each with its columns and keys.
	 */
	private List<Catalog.Table> rows(UUID discovery, String condition, Map<String, Object> params) {
		Catalog.Builder builder = new Catalog.Builder();
		List<String[]> page = jdbc.sql("""
				select schema_name, table_name, kind, estimated_rows, primary_key from datastore_table
				where discovery_id = :discovery""" + condition)
			.param("discovery", discovery)
			.params(params)
			.query((rs, row) -> {
				long rows = rs.getLong(4);
				builder.table(rs.getString(1), rs.getString(2), Catalog.Kind.valueOf(rs.getString(3)),
						rs.wasNull() ? null : rows);
				for (String column : parse(rs.getString(5))) {
					builder.primaryKeyColumn(rs.getString(1), rs.getString(2), column);
				}
				return new String[] { rs.getString(1), rs.getString(2) };
			})
			.list();
		if (!page.isEmpty()) {
			Map<String, Object> range = new LinkedHashMap<>();
			range.put("discovery", discovery);
			range.put("firstSchema", page.get(0)[0]);
			range.put("firstTable", page.get(0)[1]);
			range.put("lastSchema", page.get(page.size() - 1)[0]);
			range.put("lastTable", page.get(page.size() - 1)[1]);
			// the builder keeps only the rows of the tables of this page
			jdbc.sql("""
					select schema_name, table_name, column_name, position, data_type, nullable, max_length
					from datastore_column where discovery_id = :discovery
					  and (schema_name > :firstSchema or (schema_name = :firstSchema and table_name >= :firstTable))
					  and (schema_name < :lastSchema or (schema_name = :lastSchema and table_name <= :lastTable))""")
				.params(range)
				.query((rs, row) -> {
					long length = rs.getLong(7);
					builder.column(rs.getString(1), rs.getString(2), new Catalog.Column(rs.getString(3), rs.getInt(4),
							rs.getString(5), rs.getBoolean(6), rs.wasNull() ? null : (int) length));
					return null;
				})
				.list();
			jdbc.sql("""
					select schema_name, table_name, kind, key_name, unique_key, columns, referenced_schema,
					  referenced_table, referenced_columns
					from datastore_key where discovery_id = :discovery
					  and (schema_name > :firstSchema or (schema_name = :firstSchema and table_name >= :firstTable))
					  and (schema_name < :lastSchema or (schema_name = :lastSchema and table_name <= :lastTable))
					order by schema_name, table_name, kind, key_name""").params(range).query((rs, row) -> {
				List<String> columns = parse(rs.getString(6));
				if ("FOREIGN".equals(rs.getString(3))) {
					List<String> referenced = parse(rs.getString(9));
					for (int i = 0; i < columns.size(); i++) {
						builder.foreignKeyColumn(rs.getString(1), rs.getString(2), rs.getString(4), columns.get(i),
								rs.getString(7), rs.getString(8), referenced.get(i));
					}
				}
				else {
					for (String column : columns) {
						builder.indexColumn(rs.getString(1), rs.getString(2), rs.getString(4), rs.getBoolean(5),
								column);
					}
				}
				return null;
			}).list();
		}
		return builder.build().tables();
	}

	/** The whole snapshot, every table with its columns and keys. */
	Catalog catalog(UUID discovery) {
		long tables = jdbc.sql("select count(*) from datastore_table where discovery_id = :discovery")
			.param("discovery", discovery)
			.query(Long.class)
			.single();
		return new Catalog(tables == 0 ? List.of() : rows(discovery, tables, 0));
	}

	/** Keeps the contents of these discoveries of the store, and deletes the others'. */
	void keepOnly(DataStoreId store, List<UUID> kept) {
		for (String table : List.of("datastore_change", "datastore_key", "datastore_column", "datastore_table")) {
			jdbc.sql("delete from " + table + " where discovery_id in (select id from datastore_discovery"
					+ " where store_id = :store and id not in (:kept))")
				.param("store", store.value())
				.param("kept", kept.isEmpty() ? List.of(new UUID(0, 0)) : kept)
				.update();
		}
	}

	private static MapSqlParameterSource row(UUID discovery, Catalog.Table table) {
		return new MapSqlParameterSource().addValue("discovery", discovery)
			.addValue("schema", table.schema())
			.addValue("table", table.name());
	}

	private void insert(String sql, List<MapSqlParameterSource> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			batch.batchUpdate(sql,
					rows.subList(from, Math.min(rows.size(), from + BATCH)).toArray(MapSqlParameterSource[]::new));
		}
	}

	private String names(List<String> names) {
		return json.writeValueAsString(names);
	}

	private List<String> parse(String names) {
		return json.readValue(names, NAMES);
	}

}
