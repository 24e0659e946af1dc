package io.article28.datastores;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The erasure rules the customer gave the tables of its stores. */
@Repository
class ErasureRules {

	private static final TypeReference<List<ErasureRule.ColumnRule>> COLUMNS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ErasureRules(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<ErasureRule> of(DataStoreId store) {
		return jdbc.sql("""
				select schema_name, table_name, action, reason, column_rules from datastore_erasure_rule
				where store_id = :store order by schema_name, table_name""")
			.param("store", store.value())
			.query((rs, row) -> new ErasureRule(rs.getString(1), rs.getString(2),
					ErasureRule.Action.valueOf(rs.getString(3)), rs.getString(4),
					json.readValue(rs.getString(5), COLUMNS)))
			.list();
	}

	void save(DataStoreId store, ErasureRule rule, Instant now) {
		delete(store, rule.schema(), rule.table());
		jdbc.sql("""
				insert into datastore_erasure_rule (store_id, schema_name, table_name, action, reason, column_rules,
				  declared_at)
				values (:store, :schema, :table, :action, :reason, :columns, :now)""")
			.param("store", store.value())
			.param("schema", rule.schema())
			.param("table", rule.table())
			.param("action", rule.action().name())
			.param("reason", rule.reason())
			.param("columns", json.writeValueAsString(rule.columns()))
			.param("now", Timestamps.of(now))
			.update();
	}

	boolean delete(DataStoreId store, String schema, String table) {
		return jdbc.sql("""
				delete from datastore_erasure_rule where store_id = :store and schema_name = :schema
				  and table_name = :table""")
			.param("store", store.value())
			.param("schema", schema)
			.param("table", table)
			.update() > 0;
	}

	void deleteOf(DataStoreId store) {
		jdbc.sql("delete from datastore_erasure_rule where store_id = :store").param("store", store.value()).update();
	}

}
