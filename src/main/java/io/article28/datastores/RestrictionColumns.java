package io.article28.datastores;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;

/** The restriction columns the customer named in its stores' tables. */
@Repository
class RestrictionColumns {

	private final JdbcClient jdbc;

	RestrictionColumns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The store's, with the kind each column's type gives it now. */
	List<Names> of(DataStoreId store) {
		return jdbc.sql("""
				select schema_name, table_name, column_name from datastore_restriction_column
				where store_id = :store order by schema_name, table_name""")
			.param("store", store.value())
			.query((rs, row) -> new Names(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	record Names(String schema, String table, String column) {
	}

	void save(DataStoreId store, RestrictionColumn column, Instant now) {
		delete(store, column.schema(), column.table());
		jdbc.sql("""
				insert into datastore_restriction_column (store_id, schema_name, table_name, column_name, declared_at)
				values (:store, :schema, :table, :column, :now)""")
			.param("store", store.value())
			.param("schema", column.schema())
			.param("table", column.table())
			.param("column", column.column())
			.param("now", Timestamps.of(now))
			.update();
	}

	boolean delete(DataStoreId store, String schema, String table) {
		return jdbc.sql("""
				delete from datastore_restriction_column where store_id = :store and schema_name = :schema
				  and table_name = :table""")
			.param("store", store.value())
			.param("schema", schema)
			.param("table", table)
			.update() > 0;
	}

	void deleteOf(DataStoreId store) {
		jdbc.sql("delete from datastore_restriction_column where store_id = :store")
			.param("store", store.value())
			.update();
	}

}
