package io.article28.datastores;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection to a data store inside one read-only transaction with the statement
 * timeout, and what the engine's SQL needs: quoted names, text casts. Valid only inside
 * {@link DataStoreManagement#read}; rolled back at its end.
 */
public final class StoreSession {

	/** What runs on a store's session. */
	@FunctionalInterface
	public interface Work<T> {

		T run(StoreSession session) throws SQLException;

	}

	private final Connection connection;

	private final Dialect dialect;

	StoreSession(Connection connection, Dialect dialect) {
		this.connection = connection;
		this.dialect = dialect;
	}

	public Connection connection() {
		return connection;
	}

	public Engine engine() {
		return dialect.engine();
	}

	/** An identifier quoted for the engine. */
	public String quote(String identifier) {
		return dialect.quote(identifier);
	}

	/**
	 * A table by its schema and name, both quoted (on MariaDB the schema is the
	 * database).
	 */
	public String table(String schema, String table) {
		return dialect.quote(schema) + "." + dialect.quote(table);
	}

	/** An expression cast to the engine's text type, to compare it with a string. */
	public String text(String expression) {
		return dialect.text(expression);
	}

}
