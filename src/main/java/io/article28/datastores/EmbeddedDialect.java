package io.article28.datastores;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded engine of the demo and the tests: an H2 database in PostgreSQL mode, in a
 * file of {@code DATA_DIR/datastores}, which a connection never creates. H2 does not make
 * a session read-only on its side: the statements above the dialects are reads.
 */
@Component
class EmbeddedDialect implements Dialect {

	/**
	 * H2's "database not found, either pre-create it or allow remote database creation".
	 */
	private static final int DATABASE_NOT_FOUND = 90146;

	/** H2's "wrong user name or password". */
	private static final int WRONG_USER_OR_PASSWORD = 28000;

	private final Path directory;

	EmbeddedDialect(@Value("${article28.data-dir:./data}") String dataDirectory) {
		this.directory = Path.of(dataDirectory, "datastores").toAbsolutePath().normalize();
	}

	@Override
	public Engine engine() {
		return Engine.EMBEDDED;
	}

	/** The file of the store's database, without H2's suffix. */
	Path file(String database) {
		return directory.resolve(database);
	}

	/** The URL that opens the database, creating it (for the demo's seeding only). */
	String creatingUrl(String database) {
		return "jdbc:h2:file:" + file(database) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	@Override
	public String url(DataStore.Definition store, String connectHost) {
		return creatingUrl(store.database()) + ";IFEXISTS=TRUE";
	}

	@Override
	public Properties properties(DataStore.Definition store, String password, Timeouts timeouts) {
		Properties properties = new Properties();
		properties.setProperty("user", store.username());
		properties.setProperty("password", password);
		return properties;
	}

	@Override
	public void prepare(Connection connection, Timeouts timeouts) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set query_timeout " + timeouts.statement().toMillis());
		}
		connection.setReadOnly(true);
	}

	@Override
	public ConnectionCheck.Status classify(SQLException error, DataStore.Definition store) {
		return switch (error.getErrorCode()) {
			case WRONG_USER_OR_PASSWORD -> ConnectionCheck.Status.AUTHENTICATION_FAILED;
			case DATABASE_NOT_FOUND -> ConnectionCheck.Status.DATABASE_NOT_FOUND;
			default -> null;
		};
	}

}
