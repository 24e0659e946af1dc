package io.article28.datastores;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

import org.springframework.stereotype.Component;

/**
 * MariaDB and MySQL 8 through the MariaDB driver: read-only sessions, and the statement
 * limit each server knows (max_statement_time in seconds on MariaDB, max_execution_time
 * in milliseconds on MySQL).
 */
@Component
class MariaDbDialect implements Dialect {

	@Override
	public Engine engine() {
		return Engine.MARIADB;
	}

	@Override
	public String url(DataStore.Definition store, String connectHost) {
		return "jdbc:mariadb://" + connectHost + ":" + store.port() + "/" + store.database();
	}

	@Override
	public Properties properties(DataStore.Definition store, String password, Timeouts timeouts, SessionMode mode) {
		Properties properties = new Properties();
		properties.setProperty("user", store.username());
		properties.setProperty("password", password);
		properties.setProperty("connectTimeout", String.valueOf(timeouts.connect().toMillis()));
		// until signed in; then the connector sets the longer timeout of statements
		properties.setProperty("socketTimeout", String.valueOf(timeouts.connect().toMillis()));
		properties.setProperty("sslMode", switch (store.tlsMode()) {
			case DISABLE -> "disable";
			case REQUIRE -> "trust";
			case VERIFY_FULL -> "verify-full";
		});
		return properties;
	}

	@Override
	public void prepare(Connection connection, Timeouts timeouts, SessionMode mode) throws SQLException {
		boolean mariaDb = connection.getMetaData()
			.getDatabaseProductVersion()
			.toLowerCase(Locale.ROOT)
			.contains("mariadb");
		try (Statement statement = connection.createStatement()) {
			statement.execute(mariaDb ? "set session max_statement_time = " + timeouts.statement().toMillis() / 1000.0
					: "set session max_execution_time = " + timeouts.statement().toMillis());
			statement.execute(mode == SessionMode.READ ? "set session transaction read only"
					: "set session transaction read write");
		}
		connection.setReadOnly(mode == SessionMode.READ);
	}

	/** The multi-table form: the single-table one takes no alias on MariaDB. */
	@Override
	public String deleteFrom(String table, String alias) {
		return "delete " + alias + " from " + table + " " + alias;
	}

	@Override
	public String assign(String alias, String column) {
		return alias + "." + quote(column);
	}

	/**
	 * A join: MariaDB refuses a subquery on the table a statement changes (error 1093).
	 */
	@Override
	public String updateJoined(String table, String alias, String sets, String other, String otherAlias, String on,
			String where) {
		return "update " + table + " " + alias + " join " + other + " " + otherAlias + " on " + on + " set " + sets
				+ " where " + where;
	}

	@Override
	public String pseudonym(String text) {
		return "sha2(concat(unhex(?), unhex(sha2(concat(unhex(?), convert(" + text + " using utf8mb4)), 256))), 256)";
	}

	/**
	 * In hex: the driver sends bytes as a string of the connection's character set, which
	 * refuses most of them.
	 */
	@Override
	public Object pseudonymPad(byte[] pad) {
		return java.util.HexFormat.of().formatHex(pad);
	}

	@Override
	public String quote(String identifier) {
		return "`" + identifier.replace("`", "``") + "`";
	}

	@Override
	public String text(String expression) {
		return "cast(" + expression + " as char)";
	}

	private static final String READABLE = "table_schema not in ('mysql', 'information_schema', "
			+ "'performance_schema', 'sys')";

	@Override
	public void readCatalog(Connection connection, Catalog.Builder catalog) throws SQLException {
		CatalogQuery.each(connection,
				"select table_schema, table_name, table_type, table_rows from information_schema.tables where "
						+ READABLE,
				rs -> catalog.table(rs.getString(1), rs.getString(2), kind(rs.getString(3)),
						CatalogQuery.estimate(rs, 4)));
		CatalogQuery.each(connection, """
				select table_schema, table_name, column_name, ordinal_position, column_type, is_nullable,
				  character_maximum_length
				from information_schema.columns where\s""" + READABLE,
				rs -> catalog.column(rs.getString(1), rs.getString(2), new Catalog.Column(rs.getString(3), rs.getInt(4),
						rs.getString(5), "YES".equals(rs.getString(6)), CatalogQuery.optionalInt(rs, 7))));
		CatalogQuery.each(connection, """
				select constraint_name, table_schema, table_name, column_name, referenced_table_schema,
				  referenced_table_name, referenced_column_name
				from information_schema.key_column_usage
				where (constraint_name = 'PRIMARY' or referenced_table_name is not null) and\s""" + READABLE + """

				order by table_schema, table_name, constraint_name, ordinal_position""", rs -> {
			if ("PRIMARY".equals(rs.getString(1))) {
				catalog.primaryKeyColumn(rs.getString(2), rs.getString(3), rs.getString(4));
			}
			else {
				catalog.foreignKeyColumn(rs.getString(2), rs.getString(3), rs.getString(1), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7));
			}
		});
		CatalogQuery.each(connection, """
				select table_schema, table_name, index_name, non_unique, column_name
				from information_schema.statistics where\s""" + READABLE + """

				order by table_schema, table_name, index_name, seq_in_index""", rs -> catalog
			.indexColumn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 0, rs.getString(5)));
	}

	private static Catalog.Kind kind(String type) {
		return switch (type) {
			case "BASE TABLE" -> Catalog.Kind.TABLE;
			case "VIEW" -> Catalog.Kind.VIEW;
			case "SYSTEM VERSIONED" -> Catalog.Kind.SYSTEM_VERSIONED;
			default -> Catalog.Kind.OTHER;
		};
	}

	@Override
	public ConnectionCheck.Status classify(SQLException error, DataStore.Definition store) {
		switch (error.getErrorCode()) {
			case 1045:
				return ConnectionCheck.Status.AUTHENTICATION_FAILED;
			case 1044, 1049:
				return ConnectionCheck.Status.DATABASE_NOT_FOUND;
			case 1969, 3024:
				return ConnectionCheck.Status.TIMED_OUT;
			default:
				break;
		}
		String message = error.getMessage() == null ? "" : error.getMessage().toLowerCase(Locale.ROOT);
		if (store.tlsMode() != TlsMode.DISABLE && (message.contains("ssl") || message.contains("tls"))) {
			return ConnectionCheck.Status.TLS_FAILED;
		}
		return "28000".equals(error.getSQLState()) ? ConnectionCheck.Status.AUTHENTICATION_FAILED : null;
	}

}
