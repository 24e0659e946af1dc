package io.article28.datastores;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The subjects and links the customer declared on its stores. */
@Repository
class DataMaps {

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DataMaps(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<DataMap.Subject> subjects(DataStoreId store) {
		return jdbc.sql("""
				select schema_name, table_name, identity_columns, email_match from datastore_subject
				where store_id = :store order by schema_name, table_name""")
			.param("store", store.value())
			.query((rs, row) -> new DataMap.Subject(rs.getString(1), rs.getString(2),
					json.readValue(rs.getString(3), NAMES), EmailMatch.valueOf(rs.getString(4))))
			.list();
	}

	/** Declares the subject, or replaces its identity columns; true when it was new. */
	boolean saveSubject(DataStoreId store, DataMap.Subject subject, Instant now) {
		int updated = jdbc.sql("""
				update datastore_subject set identity_columns = :columns, email_match = :match, declared_at = :now
				where store_id = :store and schema_name = :schema and table_name = :table""")
			.param("store", store.value())
			.param("schema", subject.schema())
			.param("table", subject.table())
			.param("columns", json.writeValueAsString(subject.identityColumns()))
			.param("match", subject.emailMatch().name())
			.param("now", Timestamps.of(now))
			.update();
		if (updated > 0) {
			return false;
		}
		jdbc.sql("""
				insert into datastore_subject (store_id, schema_name, table_name, identity_columns, email_match,
				  declared_at)
				values (:store, :schema, :table, :columns, :match, :now)""")
			.param("store", store.value())
			.param("schema", subject.schema())
			.param("table", subject.table())
			.param("columns", json.writeValueAsString(subject.identityColumns()))
			.param("match", subject.emailMatch().name())
			.param("now", Timestamps.of(now))
			.update();
		return true;
	}

	boolean deleteSubject(DataStoreId store, String schema, String table) {
		return jdbc
			.sql("delete from datastore_subject where store_id = :store and schema_name = :schema"
					+ " and table_name = :table")
			.param("store", store.value())
			.param("schema", schema)
			.param("table", table)
			.update() > 0;
	}

	List<DataMap.Link> links(DataStoreId store) {
		return jdbc.sql("""
				select id, schema_name, table_name, column_name, target_schema, target_table, target_column
				from datastore_link where store_id = :store order by schema_name, table_name, column_name""")
			.param("store", store.value())
			.query((rs, row) -> new DataMap.Link(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	void saveLink(DataStoreId store, DataMap.Link link, Instant now) {
		jdbc.sql("""
				insert into datastore_link (id, store_id, schema_name, table_name, column_name, target_schema,
				  target_table, target_column, declared_at)
				values (:id, :store, :schema, :table, :column, :targetSchema, :targetTable, :targetColumn, :now)""")
			.param("id", link.id())
			.param("store", store.value())
			.param("schema", link.schema())
			.param("table", link.table())
			.param("column", link.column())
			.param("targetSchema", link.targetSchema())
			.param("targetTable", link.targetTable())
			.param("targetColumn", link.targetColumn())
			.param("now", Timestamps.of(now))
			.update();
	}

	boolean deleteLink(DataStoreId store, UUID link) {
		return jdbc.sql("delete from datastore_link where store_id = :store and id = :id")
			.param("store", store.value())
			.param("id", link)
			.update() > 0;
	}

	/**
	 * The tables of the store with a column of personal data, as {@code schema.table}.
	 */
	Set<String> personalTables(DataStoreId store) {
		return Set.copyOf(jdbc.sql("""
				select distinct schema_name, table_name from datastore_classification
				where store_id = :store and not missing
				  and coalesce(reviewed_category, suggested_category) <> 'NONE'""")
			.param("store", store.value())
			.query((rs, row) -> rs.getString(1) + "." + rs.getString(2))
			.list());
	}

	void deleteOf(DataStoreId store) {
		jdbc.sql("delete from datastore_subject where store_id = :store").param("store", store.value()).update();
		jdbc.sql("delete from datastore_link where store_id = :store").param("store", store.value()).update();
	}

}
