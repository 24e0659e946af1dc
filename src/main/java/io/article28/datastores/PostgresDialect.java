package io.article28.datastores;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.springframework.stereotype.Component;

/** PostgreSQL through its JDBC driver: read-only sessions, statement_timeout. */
@Component
class PostgresDialect implements Dialect {

	@Override
	public Engine engine() {
		return Engine.POSTGRESQL;
	}

	@Override
	public String url(DataStore.Definition store, String connectHost) {
		return "jdbc:postgresql://" + connectHost + ":" + store.port() + "/" + store.database();
	}

	@Override
	public Properties properties(DataStore.Definition store, String password, Timeouts timeouts, SessionMode mode) {
		Properties properties = new Properties();
		properties.setProperty("user", store.username());
		properties.setProperty("password", password);
		properties.setProperty("ApplicationName", "article28");
		properties.setProperty("connectTimeout", String.valueOf(Timeouts.seconds(timeouts.connect())));
		// until signed in; then the connector sets the longer timeout of statements
		properties.setProperty("socketTimeout", String.valueOf(Timeouts.seconds(timeouts.connect())));
		boolean readOnly = mode == SessionMode.READ;
		properties.setProperty("readOnly", String.valueOf(readOnly));
		properties.setProperty("readOnlyMode", readOnly ? "always" : "ignore");
		properties.setProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis()
				+ " -c default_transaction_read_only=" + (readOnly ? "on" : "off"));
		switch (store.tlsMode()) {
			case DISABLE -> properties.setProperty("sslmode", "disable");
			case REQUIRE -> properties.setProperty("sslmode", "require");
			case VERIFY_FULL -> {
				properties.setProperty("sslmode", "verify-full");
				// the JVM's trusted authorities, not a file in the home directory
				properties.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
			}
		}
		return properties;
	}

	@Override
	public void prepare(Connection connection, Timeouts timeouts, SessionMode mode) throws SQLException {
		// the options of the startup message already did it
		connection.setReadOnly(mode == SessionMode.READ);
	}

	/** From {@code pg_constraint}, which shows every key, not only the user's tables'. */
	@Override
	public List<LiveSchema.KeyRule> deleteRules(Connection connection) throws SQLException {
		List<LiveSchema.KeyRule> rules = new ArrayList<>();
		CatalogQuery.each(connection, """
				select n.nspname, c.relname, con.conname, con.confdeltype
				from pg_constraint con
				join pg_class c on c.oid = con.conrelid
				join pg_namespace n on n.oid = c.relnamespace
				where con.contype = 'f' and\s""" + READABLE, rs -> rules.add(new LiveSchema.KeyRule(rs.getString(1),
				rs.getString(2), rs.getString(3), LiveSchema.DeleteRule.of(rs.getString(4)))));
		return rules;
	}

	/** From {@code pg_trigger}: its type says the timing and the events, bit by bit. */
	@Override
	public List<LiveSchema.Trigger> triggers(Connection connection) throws SQLException {
		List<LiveSchema.Trigger> triggers = new ArrayList<>();
		CatalogQuery.each(connection, """
				select n.nspname, c.relname, t.tgname, t.tgtype
				from pg_trigger t
				join pg_class c on c.oid = t.tgrelid
				join pg_namespace n on n.oid = c.relnamespace
				where not t.tgisinternal and\s""" + READABLE + """

				order by n.nspname, c.relname, t.tgname""", rs -> {
			int type = rs.getInt(4);
			List<String> events = new ArrayList<>();
			if ((type & 4) != 0) {
				events.add("INSERT");
			}
			if ((type & 8) != 0) {
				events.add("DELETE");
			}
			if ((type & 16) != 0) {
				events.add("UPDATE");
			}
			if ((type & 32) != 0) {
				events.add("TRUNCATE");
			}
			String timing = (type & 64) != 0 ? "INSTEAD OF" : (type & 2) != 0 ? "BEFORE" : "AFTER";
			triggers.add(new LiveSchema.Trigger(rs.getString(1), rs.getString(2), rs.getString(3), timing,
					String.join(", ", events)));
		});
		return triggers;
	}

	@Override
	public String pseudonym(String text) {
		return "encode(sha256(cast(? as bytea) || sha256(cast(? as bytea) || convert_to(" + text
				+ ", 'UTF8'))), 'hex')";
	}

	/** The schemas read: the user's, outside the system ones. */
	private static final String READABLE = """
			n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
			  and n.nspname not like 'pg\\_temp%' and has_schema_privilege(n.oid, 'USAGE')""";

	private static final String RELATIONS = "c.relkind in ('r', 'p', 'v', 'm', 'f') and not c.relispartition and "
			+ READABLE + " and has_table_privilege(c.oid, 'SELECT')";

	@Override
	public void readCatalog(Connection connection, Catalog.Builder catalog) throws SQLException {
		CatalogQuery.each(connection, """
				select n.nspname, c.relname, c.relkind, c.reltuples::bigint
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where\s""" + RELATIONS, rs -> catalog.table(rs.getString(1), rs.getString(2), kind(rs.getString(3)),
				CatalogQuery.estimate(rs, 4)));
		CatalogQuery.each(connection, """
				select n.nspname, c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull,
				  case when a.atttypid in (1042, 1043) and a.atttypmod > 4 then a.atttypmod - 4 end
				from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
				where a.attnum > 0 and not a.attisdropped and\s""" + RELATIONS,
				rs -> catalog.column(rs.getString(1), rs.getString(2), new Catalog.Column(rs.getString(3), rs.getInt(4),
						rs.getString(5), !rs.getBoolean(6), CatalogQuery.optionalInt(rs, 7))));
		CatalogQuery.each(connection, """
				select con.contype, con.conname, n.nspname, c.relname, a.attname, fn.nspname, fc.relname, fa.attname
				from pg_constraint con
				join pg_class c on c.oid = con.conrelid
				join pg_namespace n on n.oid = c.relnamespace
				cross join lateral unnest(con.conkey) with ordinality as k(attnum, ord)
				join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
				left join pg_class fc on fc.oid = con.confrelid
				left join pg_namespace fn on fn.oid = fc.relnamespace
				left join pg_attribute fa on fa.attrelid = con.confrelid and fa.attnum = con.confkey[k.ord]
				where con.contype in ('p', 'f') and\s""" + READABLE + """

				order by n.nspname, c.relname, con.conname, k.ord""", rs -> {
			if ("p".equals(rs.getString(1))) {
				catalog.primaryKeyColumn(rs.getString(3), rs.getString(4), rs.getString(5));
			}
			else {
				catalog.foreignKeyColumn(rs.getString(3), rs.getString(4), rs.getString(2), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8));
			}
		});
		CatalogQuery.each(connection, """
				select n.nspname, c.relname, i.relname, x.indisunique, a.attname
				from pg_index x
				join pg_class c on c.oid = x.indrelid
				join pg_class i on i.oid = x.indexrelid
				join pg_namespace n on n.oid = c.relnamespace
				cross join lateral unnest(x.indkey::int2[]) with ordinality as k(attnum, ord)
				join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
				where k.ord <= x.indnkeyatts and\s""" + READABLE + """

				order by n.nspname, c.relname, i.relname, k.ord""", rs -> catalog.indexColumn(rs.getString(1),
				rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)));
	}

	private static Catalog.Kind kind(String relkind) {
		return switch (relkind) {
			case "r", "p" -> Catalog.Kind.TABLE;
			case "v" -> Catalog.Kind.VIEW;
			case "m" -> Catalog.Kind.MATERIALIZED_VIEW;
			case "f" -> Catalog.Kind.FOREIGN;
			default -> Catalog.Kind.OTHER;
		};
	}

	@Override
	public ConnectionCheck.Status classify(SQLException error, DataStore.Definition store) {
		String state = error.getSQLState();
		if (state == null) {
			return null;
		}
		return switch (state) {
			case "28P01", "28000" -> ConnectionCheck.Status.AUTHENTICATION_FAILED;
			case "3D000", "42501" -> ConnectionCheck.Status.DATABASE_NOT_FOUND;
			case "57014" -> ConnectionCheck.Status.TIMED_OUT;
			// "the server does not support SSL"
			case "08004" -> store.tlsMode() == TlsMode.DISABLE ? null : ConnectionCheck.Status.TLS_FAILED;
			default -> null;
		};
	}

	@Override
	public String text(String expression) {
		return "cast(" + expression + " as text)";
	}

}
