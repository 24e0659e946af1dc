package io.article28;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points every test context of one run at one fresh database: an in-memory H2 database by
 * default, or, with {@code -Darticle28.test.database=postgres} (the {@code postgres}
 * Maven profile), a PostgreSQL database created on 127.0.0.1:5432 for this run. The
 * PostgreSQL databases are not dropped when the run ends: the test contexts still hold
 * connections then (they close at the JVM's exit), and dropping the database under them
 * made their shutdown wait on a pool that could no longer connect. A later run drops
 * those of runs started more than {@link #LEFTOVER_AFTER} before it instead; runs going
 * on at the same time keep theirs.
 */
public class TestDatabase implements LauncherSessionListener {

	static final String POSTGRES_SERVER = System.getProperty("article28.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/postgres");

	/**
	 * A second database, for the few tests that change what every other test relies on.
	 */
	public static final String ISOLATED_URL = "article28.test.isolated-url";

	/**
	 * A third database that no other test context uses, for the test that watches the
	 * schema its own context's migrations created.
	 */
	public static final String FRESH_URL = "article28.test.fresh-url";

	static final String POSTGRES_USER = System.getProperty("article28.test.postgres.user", "postgres");

	static final Duration LEFTOVER_AFTER = Duration.ofHours(6);

	private static final String PREFIX = "article28_test_";

	/**
	 * The run's start in epoch seconds, then a random part:
	 * {@code article28_test_<s>_<r>}.
	 */
	private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d+)_[0-9a-f]+(_[a-z]+)?");

	/** The run's name, the prefix of its databases. */
	private static volatile String run;

	private static volatile org.h2.tools.Server h2Server;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		Instant now = Instant.now();
		String name = PREFIX + now.getEpochSecond() + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		run = name;
		if (postgres()) {
			dropLeftovers(now.minus(LEFTOVER_AFTER));
			execute("create database " + name);
			execute("create database " + name + "_isolated");
			execute("create database " + name + "_fresh");
			System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + name);
			System.setProperty(ISOLATED_URL, "jdbc:postgresql://127.0.0.1:5432/" + name + "_isolated");
			System.setProperty(FRESH_URL, "jdbc:postgresql://127.0.0.1:5432/" + name + "_fresh");
			System.setProperty("spring.datasource.username", POSTGRES_USER);
			System.setProperty("spring.datasource.password", "");
		}
		else {
			System.setProperty("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
			System.setProperty(ISOLATED_URL, "jdbc:h2:mem:" + name + "_isolated;DB_CLOSE_DELAY=-1");
			System.setProperty(FRESH_URL, "jdbc:h2:mem:" + name + "_fresh;DB_CLOSE_DELAY=-1");
			System.setProperty("spring.datasource.username", "sa");
			System.setProperty("spring.datasource.password", "");
		}
	}

	private static boolean postgres() {
		return "postgres".equals(System.getProperty("article28.test.database"));
	}

	/**
	 * A new database of this run that other processes reach too, for a test that runs the
	 * application in them: on PostgreSQL a database of its own, on H2 an in-memory
	 * database served over TCP by this JVM.
	 */
	public static synchronized String sharedDatabase(String suffix) {
		String name = run + "_" + suffix;
		if (postgres()) {
			execute("create database " + name);
			return "jdbc:postgresql://127.0.0.1:5432/" + name;
		}
		try {
			if (h2Server == null) {
				h2Server = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-tcpDaemon").start();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not serve H2 over TCP", ex);
		}
		return "jdbc:h2:tcp://127.0.0.1:" + h2Server.getPort() + "/mem:" + name + ";DB_CLOSE_DELAY=-1";
	}

	/** Drops the databases of runs started before {@code startedBefore}. */
	private static void dropLeftovers(Instant startedBefore) {
		List<String> leftovers = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER, POSTGRES_USER, "");
				Statement statement = connection.createStatement();
				ResultSet names = statement
					.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			while (names.next()) {
				Matcher matcher = NAME.matcher(names.getString(1));
				if (matcher.matches() && Long.parseLong(matcher.group(1)) < startedBefore.getEpochSecond()) {
					leftovers.add(names.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + POSTGRES_SERVER + " is needed for this run", ex);
		}
		leftovers.forEach(leftover -> execute("drop database if exists " + leftover + " with (force)"));
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER, POSTGRES_USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + POSTGRES_SERVER + " is needed for this run: " + sql, ex);
		}
	}

}
