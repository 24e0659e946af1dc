package io.article28.datastores;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The database servers the data-store tests reach, each with a database made for the
 * test: the embedded engine always; the real PostgreSQL (127.0.0.1:5432, user postgres)
 * and MariaDB (127.0.0.1:3306, root with an empty password) servers when
 * {@code -Darticle28.test.customer-databases=postgres,mariadb} names them, as the full
 * test command does. On MariaDB the stores sign in as a user with a password made here,
 * with rights on the tests' databases only; PostgreSQL's local connections are trusted,
 * so any password opens them there.
 */
public final class CustomerDatabases {

	public static final String PASSWORD = "article28-ds-secret";

	static final String MARIADB_USER = "article28_ds";

	/** The data directory of the test contexts (IntegrationTest). */
	static final Path DATA_DIR = Path.of("target/test-data");

	/** The databases the tests made, dropped by {@link #dropAll} after each class. */
	private static final List<Database> CREATED = java.util.Collections.synchronizedList(new ArrayList<>());

	private CustomerDatabases() {
	}

	/** Drops every database the tests made so far. */
	public static void dropAll() throws SQLException {
		synchronized (CREATED) {
			for (Database database : CREATED) {
				drop(database);
			}
			CREATED.clear();
		}
	}

	/** A database made for a test on one server, as a data store reaches it. */
	public record Database(Engine engine, String name, String username) {

		public DataStore.Definition definition(String label) {
			return new DataStore.Definition(label, engine, engine.networked() ? "127.0.0.1" : null, 0, name, username,
					TlsMode.DISABLE);
		}

		/** A connection that may write, to make the test's schema. */
		public Connection admin() throws SQLException {
			return switch (engine) {
				case POSTGRESQL ->
					DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
				case MARIADB -> DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + name, "root", "");
				case EMBEDDED -> DriverManager.getConnection(new EmbeddedDialect(DATA_DIR.toString()).creatingUrl(name),
						username, PASSWORD);
			};
		}

		/** Runs a statement as the admin, committed. */
		public void execute(String sql) throws SQLException {
			try (Connection connection = admin(); Statement statement = connection.createStatement()) {
				statement.execute(sql);
				if (!connection.getAutoCommit()) {
					connection.commit();
				}
			}
		}

		/** The number a {@code select count(*)} gives, read as the admin. */
		public long count(String sql) throws SQLException {
			String text = text(sql);
			return text == null ? 0 : Long.parseLong(text);
		}

		/**
		 * The first column of the first row a query gives, as text, read as the admin.
		 */
		public String text(String sql) throws SQLException {
			try (Connection connection = admin();
					Statement statement = connection.createStatement();
					java.sql.ResultSet rs = statement.executeQuery(sql)) {
				return rs.next() ? rs.getString(1) : null;
			}
		}

	}

	private static Database made(Database database) {
		CREATED.add(database);
		return database;
	}

	/** Drops the test's database; the embedded one's file goes with the test data. */
	public static void drop(Database database) throws SQLException {
		switch (database.engine()) {
			case POSTGRESQL -> {
				try (Connection server = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
						"postgres", ""); Statement statement = server.createStatement()) {
					statement.execute("drop database if exists " + database.name() + " with (force)");
				}
			}
			case MARIADB -> {
				try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
						Statement statement = server.createStatement()) {
					statement.execute("drop database if exists " + database.name());
				}
			}
			default -> {
			}
		}
	}

	static List<Engine> engines() {
		List<Engine> engines = new ArrayList<>(List.of(Engine.EMBEDDED));
		String configured = System.getProperty("article28.test.customer-databases", "").toLowerCase(Locale.ROOT);
		if (configured.contains("postgres")) {
			engines.add(Engine.POSTGRESQL);
		}
		if (configured.contains("mariadb")) {
			engines.add(Engine.MARIADB);
		}
		return engines;
	}

	/** A new, empty database on the engine's server. */
	public static Database create(Engine engine) throws SQLException {
		String name = "article28_ds_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		switch (engine) {
			case POSTGRESQL -> {
				try (Connection server = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
						"postgres", ""); Statement statement = server.createStatement()) {
					statement.execute("create database " + name);
				}
				return made(new Database(engine, name, "postgres"));
			}
			case MARIADB -> {
				try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
						Statement statement = server.createStatement()) {
					statement.execute("create database " + name);
					for (String host : List.of("localhost", "127.0.0.1", "%")) {
						String user = "'" + MARIADB_USER + "'@'" + host + "'";
						statement.execute("create user if not exists " + user + " identified by '" + PASSWORD + "'");
						statement.execute("grant all on `article28\\_ds\\_%`.* to " + user);
					}
				}
				return made(new Database(engine, name, MARIADB_USER));
			}
			default -> {
				Database database = new Database(engine, name, "shop");
				database.admin().close();
				return made(database);
			}
		}
	}

}
