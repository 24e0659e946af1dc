package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.datastores.ConnectionCheck.Status;

/**
 * A connection check on every engine the run has (the embedded one always, the real
 * PostgreSQL and MariaDB servers in the full test command) says what came of it in the
 * customer's words: connected with the server's version, authentication failed, no such
 * database, host not allowed, unreachable, timed out. Sessions are read-only and their
 * statements stopped at the timeout.
 */
@IntegrationTest
class ConnectionCheckIntegrationTests {

	@Autowired
	DataStoreManagement dataStores;

	@Autowired
	TestStores stores;

	@Autowired
	Tenants tenants;

	@Autowired
	List<Dialect> dialects;

	@Autowired
	HostAllowList allowList;

	@Autowired
	JdbcClient jdbc;

	/** The engines that run on a server of their own, when the run has them. */
	static List<Engine> realServers() {
		return CustomerDatabases.engines().stream().filter(Engine::networked).toList();
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void eachEngineConnectsAndTellsItsServerAndVersion(Engine engine) throws Exception {
		var database = database(engine);
		var store = provision(database.definition("Shop"), CustomerDatabases.PASSWORD);

		ConnectionCheck check = dataStores.check(store.organizationId(), store.id());

		assertThat(check.status()).isEqualTo(Status.CONNECTED);
		assertThat(check.serverVersion()).contains(switch (engine) {
			case POSTGRESQL -> "PostgreSQL";
			case MARIADB -> "MariaDB";
			case EMBEDDED -> "H2";
		});
		assertThat(dataStores.get(store.organizationId(), store.id()).lastCheck()).isEqualTo(check);
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aWrongPasswordOrUserIsAnAuthenticationFailure(Engine engine) throws Exception {
		var database = database(engine);
		DataStore.Definition definition = database.definition("Shop");
		if (engine == Engine.POSTGRESQL) {
			// local connections are trusted by the test server: a user it does not know
			definition = new DataStore.Definition("Shop", engine, "127.0.0.1", 0, database.name(), "no_such_role",
					TlsMode.DISABLE);
		}
		var store = provision(definition, "not-the-password");

		assertThat(dataStores.check(store.organizationId(), store.id()).status())
			.isEqualTo(Status.AUTHENTICATION_FAILED);
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aDatabaseThatIsNotThereIsSaidSo(Engine engine) throws Exception {
		var database = database(engine);
		var missing = new DataStore.Definition("Gone", engine, database.definition("x").host(), 0,
				"article28_ds_missing", database.username(), TlsMode.DISABLE);
		var store = provision(missing, CustomerDatabases.PASSWORD);

		assertThat(dataStores.check(store.organizationId(), store.id()).status()).isEqualTo(Status.DATABASE_NOT_FOUND);
	}

	/** The embedded engine has no read-only session: with the real servers only. */
	@ParameterizedTest(allowZeroInvocations = true)
	@MethodSource("realServers")
	void aSessionMayNotWrite(Engine engine) throws Exception {
		var database = database(engine);
		StoreConnector connector = new StoreConnector(dialects, allowList,
				new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
		try (Connection connection = connector.open(database.definition("Shop"), CustomerDatabases.PASSWORD);
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("create table written (id int)"))
				.isInstanceOf(SQLException.class);
		}
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aStatementOverTheTimeoutIsStoppedByTheServer(Engine engine) throws Exception {
		var database = database(engine);
		StoreConnector connector = new StoreConnector(dialects, allowList,
				new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(1)));
		String slow = switch (engine) {
			case POSTGRESQL -> "select pg_sleep(60)";
			case MARIADB -> "select count(*) from information_schema.columns a, information_schema.columns b, "
					+ "information_schema.columns c";
			case EMBEDDED ->
				"select count(*) from system_range(1, 100000) a, system_range(1, 100000) b where rand() >= 0";
		};
		try (Connection connection = connector.open(database.definition("Shop"), CustomerDatabases.PASSWORD);
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute(slow)).isInstanceOfSatisfying(SQLException.class,
					stopped -> assertThat(dialect(engine).classify(stopped, database.definition("Shop")))
						.as("%s %s", stopped.getSQLState(), stopped.getErrorCode())
						.isEqualTo(Status.TIMED_OUT));
		}
	}

	@ParameterizedTest
	@EnumSource(value = Engine.class, names = { "POSTGRESQL", "MARIADB" })
	void aPortWhereNothingListensIsUnreachable(Engine engine) throws Exception {
		var store = provision(
				new DataStore.Definition("Closed", engine, "127.0.0.1", closedPort(), "shop", "shop", TlsMode.DISABLE),
				"secret");

		assertThat(dataStores.check(store.organizationId(), store.id()).status()).isEqualTo(Status.UNREACHABLE);
	}

	@ParameterizedTest
	@EnumSource(value = Engine.class, names = { "POSTGRESQL", "MARIADB" })
	void aServerThatNeverAnswersTimesOut(Engine engine) throws Exception {
		StoreConnector connector = new StoreConnector(dialects, allowList,
				new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));
		try (ServerSocket silent = new ServerSocket(0)) {
			List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					accepted.add(silent.accept());
				}
				catch (IOException closed) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			var definition = new DataStore.Definition("Silent", engine, "127.0.0.1", silent.getLocalPort(), "shop",
					"shop", TlsMode.DISABLE);

			assertThat(connector.check(definition, "secret", Instant.EPOCH).status()).isEqualTo(Status.TIMED_OUT);
			acceptor.interrupt();
			for (Socket socket : accepted) {
				socket.close();
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = Engine.class, names = { "POSTGRESQL", "MARIADB" })
	void theHostIsCheckedAgainAtEveryConnection(Engine engine) throws Exception {
		var store = provision(
				new DataStore.Definition("Moved", engine, "127.0.0.1", 0, "shop", "shop", TlsMode.DISABLE), "secret");
		// as if the allow-list no longer held the store's host, or its name now led
		// elsewhere
		jdbc.sql("update data_store set host = '10.255.0.1' where id = :id").param("id", store.id().value()).update();

		assertThat(dataStores.check(store.organizationId(), store.id()).status()).isEqualTo(Status.HOST_NOT_ALLOWED);
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private Dialect dialect(Engine engine) {
		return dialects.stream().filter(dialect -> dialect.engine() == engine).findFirst().orElseThrow();
	}

	private static CustomerDatabases.Database database(Engine engine) throws SQLException {
		return CustomerDatabases.create(engine);
	}

	private DataStore provision(DataStore.Definition definition, String password) {
		return stores.provision(tenants.create(), definition, password);
	}

}
