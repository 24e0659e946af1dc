package io.article28.datastores;

import java.sql.Connection;
import java.sql.SQLException;
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
	public Properties properties(DataStore.Definition store, String password, Timeouts timeouts) {
		Properties properties = new Properties();
		properties.setProperty("user", store.username());
		properties.setProperty("password", password);
		properties.setProperty("ApplicationName", "article28");
		properties.setProperty("connectTimeout", String.valueOf(Timeouts.seconds(timeouts.connect())));
		// until signed in; then the connector sets the longer timeout of statements
		properties.setProperty("socketTimeout", String.valueOf(Timeouts.seconds(timeouts.connect())));
		properties.setProperty("readOnly", "true");
		properties.setProperty("readOnlyMode", "always");
		properties.setProperty("options",
				"-c statement_timeout=" + timeouts.statement().toMillis() + " -c default_transaction_read_only=on");
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
	public void prepare(Connection connection, Timeouts timeouts) throws SQLException {
		// the options of the startup message already did it
		connection.setReadOnly(true);
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

}
