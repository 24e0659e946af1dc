package io.article28.datastores;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * A connection to a data store inside one transaction with the statement timeout, and
 * what the engine's SQL needs: quoted names, text casts, the forms of {@code delete} and
 * {@code update}, keyed pseudonyms. Valid only inside {@link DataStoreManagement#read},
 * which rolls it back at its end, or {@link DataStoreManagement#write}, which commits it
 * when the work returns.
 */
public final class StoreSession {

	/** What runs on a store's session. */
	@FunctionalInterface
	public interface Work<T> {

		T run(StoreSession session) throws SQLException;

	}

	private static final int HMAC_BLOCK = 64;

	private final Connection connection;

	private final Dialect dialect;

	private final byte[] outerPad;

	private final byte[] innerPad;

	StoreSession(Connection connection, Dialect dialect, byte[] pseudonymKey) {
		this.connection = connection;
		this.dialect = dialect;
		byte[] key = Arrays.copyOf(pseudonymKey, HMAC_BLOCK);
		this.outerPad = new byte[HMAC_BLOCK];
		this.innerPad = new byte[HMAC_BLOCK];
		for (int i = 0; i < HMAC_BLOCK; i++) {
			outerPad[i] = (byte) (key[i] ^ 0x5c);
			innerPad[i] = (byte) (key[i] ^ 0x36);
		}
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

	/** {@code delete from} the table under the alias, in the engine's form. */
	public String deleteFrom(String table, String alias) {
		return dialect.deleteFrom(table, alias);
	}

	/** A column of the table under the alias, as the left side of a {@code set}. */
	public String assign(String alias, String column) {
		return dialect.assign(alias, column);
	}

	/**
	 * An update of the table's rows that a row of {@code other} meets ({@code on}, then
	 * {@code where} on the other's alias), in the form the engine allows when the other
	 * table is the same.
	 */
	public String updateJoined(String table, String alias, String sets, String other, String otherAlias, String on,
			String where) {
		return dialect.updateJoined(table, alias, sets, other, otherAlias, on, where);
	}

	/**
	 * The organization's keyed pseudonym of a text expression (HMAC-SHA256, lower-case
	 * hex), computed by the database; the key's pads are added to the parameters, in the
	 * place of the expression's.
	 */
	public String pseudonym(String text, List<Object> parameters) {
		parameters.add(dialect.pseudonymPad(outerPad.clone()));
		parameters.add(dialect.pseudonymPad(innerPad.clone()));
		return dialect.pseudonym(text);
	}

	/** The delete actions of the foreign keys, as the database holds them now. */
	public List<LiveSchema.KeyRule> deleteRules() throws SQLException {
		return dialect.deleteRules(connection);
	}

	/** The triggers of the tables, as the database holds them now. */
	public List<LiveSchema.Trigger> triggers() throws SQLException {
		return dialect.triggers(connection);
	}

	/** The names of a table's columns now: empty when it is gone. */
	public List<String> columns(String schema, String table) throws SQLException {
		return dialect.columns(connection, schema, table);
	}

}
