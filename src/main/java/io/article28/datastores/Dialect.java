package io.article28.datastores;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What differs between the engines of data stores: the connection URL and properties
 * (TLS, timeouts, read-only), how a session is prepared, and what the engine's errors
 * mean. Everything above a dialect is engine-neutral.
 */
interface Dialect {

	Engine engine();

	/**
	 * The JDBC URL of the store, at the address already resolved and allowed (or the host
	 * name itself where TLS must check it against the certificate).
	 */
	String url(DataStore.Definition store, String connectHost);

	Properties properties(DataStore.Definition store, String password, Timeouts timeouts, SessionMode mode);

	/**
	 * Bounds a new session's statements and makes it read-only unless it is to write, on
	 * the server's side where the engine allows it.
	 */
	void prepare(Connection connection, Timeouts timeouts, SessionMode mode) throws SQLException;

	/**
	 * What an error of the engine means, from its SQL state and code; null when this
	 * dialect does not know it (the network causes are read above the dialects).
	 */
	ConnectionCheck.Status classify(SQLException error, DataStore.Definition store);

	/**
	 * Reads the catalog of every schema the session's user may read, the system schemas
	 * excepted, into the builder: tables and views with their row estimates, columns,
	 * primary and foreign keys, indexes.
	 */
	void readCatalog(Connection connection, Catalog.Builder catalog) throws SQLException;

	/** An identifier quoted for the engine: in double quotes, any inside doubled. */
	default String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** An expression cast to the engine's text type. */
	default String text(String expression) {
		return "cast(" + expression + " as varchar(4000))";
	}

	/**
	 * The delete actions of the foreign keys the session's user may see, from the
	 * standard information schema.
	 */
	default List<LiveSchema.KeyRule> deleteRules(Connection connection) throws SQLException {
		List<LiveSchema.KeyRule> rules = new ArrayList<>();
		CatalogQuery.each(connection, """
				select tc.table_schema, tc.table_name, rc.constraint_name, rc.delete_rule
				from information_schema.referential_constraints rc
				join information_schema.table_constraints tc
				  on tc.constraint_schema = rc.constraint_schema and tc.constraint_name = rc.constraint_name
				  and tc.constraint_type = 'FOREIGN KEY'""", rs -> rules.add(new LiveSchema.KeyRule(rs.getString(1),
				rs.getString(2), rs.getString(3), LiveSchema.DeleteRule.of(rs.getString(4)))));
		return rules;
	}

	/** The triggers of the tables, one entry per trigger with its events joined. */
	default List<LiveSchema.Trigger> triggers(Connection connection) throws SQLException {
		Map<String, LiveSchema.Trigger> triggers = new LinkedHashMap<>();
		CatalogQuery.each(connection, """
				select event_object_schema, event_object_table, trigger_name, action_timing, event_manipulation
				from information_schema.triggers
				order by event_object_schema, event_object_table, trigger_name""",
				rs -> triggers.merge(rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3),
						new LiveSchema.Trigger(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
								rs.getString(5)),
						(found, more) -> new LiveSchema.Trigger(found.schema(), found.table(), found.name(),
								found.timing(), found.events() + ", " + more.events())));
		return List.copyOf(triggers.values());
	}

	/** The names of a table's columns now. */
	default List<String> columns(Connection connection, String schema, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(
				"select column_name from information_schema.columns where table_schema = ? and table_name = ?")) {
			statement.setString(1, schema);
			statement.setString(2, table);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					columns.add(rs.getString(1));
				}
			}
		}
		return columns;
	}

	/** {@code delete from} a table under an alias the condition names. */
	default String deleteFrom(String table, String alias) {
		return "delete from " + table + " " + alias;
	}

	/**
	 * A column on the left of a {@code set}, of the table under the alias: unqualified,
	 * as standard SQL wants it.
	 */
	default String assign(String alias, String column) {
		return quote(column);
	}

	/**
	 * An update of the rows of a table that a row of another (possibly the same table)
	 * meets: {@code exists} where the engine lets a statement read the table it changes.
	 */
	default String updateJoined(String table, String alias, String sets, String other, String otherAlias, String on,
			String where) {
		return "update " + table + " " + alias + " set " + sets + " where exists (select 1 from " + other + " "
				+ otherAlias + " where " + on + " and " + where + ")";
	}

	/**
	 * The keyed pseudonym of a text expression, in SQL: the lower-case hex of its
	 * HMAC-SHA256, computed by the database. Its two parameters are the key's outer and
	 * inner pads, in that order.
	 */
	String pseudonym(String text);

	/** A pad of the pseudonym key as its parameter is bound: its bytes. */
	default Object pseudonymPad(byte[] pad) {
		return pad;
	}

	/** An address literal as it goes into a URL: IPv6 in brackets. */
	static String urlHost(InetAddress address) {
		return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
	}

}
