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
	public Properties properties(DataStore.Definition store, String password, Timeouts timeouts) {
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
	public void prepare(Connection connection, Timeouts timeouts) throws SQLException {
		boolean mariaDb = connection.getMetaData()
			.getDatabaseProductVersion()
			.toLowerCase(Locale.ROOT)
			.contains("mariadb");
		try (Statement statement = connection.createStatement()) {
			statement.execute(mariaDb ? "set session max_statement_time = " + timeouts.statement().toMillis() / 1000.0
					: "set session max_execution_time = " + timeouts.statement().toMillis());
			statement.execute("set session transaction read only");
		}
		connection.setReadOnly(true);
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
