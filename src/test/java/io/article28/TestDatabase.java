package io.article28;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points every test context of one run at one fresh database: an in-memory H2 database by
 * default, or, with {@code -Darticle28.test.database=postgres} (the {@code postgres}
 * Maven profile), a PostgreSQL database created on 127.0.0.1:5432 for this run and
 * dropped after it.
 */
public class TestDatabase implements LauncherSessionListener {

	static final String POSTGRES_SERVER = System.getProperty("article28.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/postgres");

	/**
	 * A second database, for the few tests that change what every other test relies on.
	 */
	public static final String ISOLATED_URL = "article28.test.isolated-url";

	static final String POSTGRES_USER = System.getProperty("article28.test.postgres.user", "postgres");

	private String createdDatabase;

	private String createdIsolatedDatabase;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String name = "article28_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if ("postgres".equals(System.getProperty("article28.test.database"))) {
			execute("create database " + name);
			createdDatabase = name;
			execute("create database " + name + "_isolated");
			createdIsolatedDatabase = name + "_isolated";
			System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + name);
			System.setProperty(ISOLATED_URL, "jdbc:postgresql://127.0.0.1:5432/" + name + "_isolated");
			System.setProperty("spring.datasource.username", POSTGRES_USER);
			System.setProperty("spring.datasource.password", "");
		}
		else {
			System.setProperty("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
			System.setProperty(ISOLATED_URL, "jdbc:h2:mem:" + name + "_isolated;DB_CLOSE_DELAY=-1");
			System.setProperty("spring.datasource.username", "sa");
			System.setProperty("spring.datasource.password", "");
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (createdDatabase != null) {
			execute("drop database if exists " + createdDatabase + " with (force)");
			execute("drop database if exists " + createdIsolatedDatabase + " with (force)");
		}
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
