package io.article28.datastores;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
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

	Properties properties(DataStore.Definition store, String password, Timeouts timeouts);

	/**
	 * Makes a new session read-only and bounds its statements, on the server's side where
	 * the engine allows it.
	 */
	void prepare(Connection connection, Timeouts timeouts) throws SQLException;

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

	/** An address literal as it goes into a URL: IPv6 in brackets. */
	static String urlHost(InetAddress address) {
		return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
	}

}
