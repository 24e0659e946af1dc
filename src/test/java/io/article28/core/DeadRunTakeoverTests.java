package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.article28.Article28Application;
import io.article28.TestDatabase;

/**
 * A job run whose process is killed is taken over by another instance within a minute or
 * two, not half an hour later. Instance A, in a process of its own, starts delivering the
 * demo data's mails to an SMTP server that never answers and is killed (SIGKILL) in the
 * middle of the run, its scheduler row still picked; instance B, in another process on
 * the same database, must then deliver mail. Each instance signs its runs with a name of
 * its own, though both run on this host. Real processes and real time: about two minutes.
 */
class DeadRunTakeoverTests {

	/** What the README states: a dead run is taken over within two minutes. */
	static final Duration BOUND = Duration.ofMinutes(2);

	private final List<Process> processes = new ArrayList<>();

	private GreenMail smtp;

	private ServerSocket silent;

	@TempDir
	Path directory;

	@AfterEach
	void stop() throws IOException {
		processes.forEach(Process::destroyForcibly);
		if (smtp != null) {
			smtp.stop();
		}
		if (silent != null) {
			silent.close();
		}
	}

	@Test
	void aRunKilledMidwayIsTakenOverByAnotherInstanceWithinTwoMinutes() throws Exception {
		String url = TestDatabase.sharedDatabase("takeover");
		silent = silentSmtpServer();
		Process a = start("a", url, silent.getLocalPort(), true);
		String picked = await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> midDelivery(url), Optional::isPresent)
			.orElseThrow();
		assertThat(picked).as("A's scheduler name carries its process").contains("-" + a.pid() + "-");
		a.destroyForcibly().waitFor();
		Instant killed = Instant.now();

		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		Process b = start("b", url, smtp.getSmtp().getPort(), false);
		String takenBy = await().atMost(BOUND.plusMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> pickedBy(url).filter(by -> !by.equals(picked)), Optional::isPresent)
			.orElseThrow();
		assertThat(takenBy).as("B signs with a name of its own").contains("-" + b.pid() + "-");
		await().atMost(BOUND.plusMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> smtp.getReceivedMessages().length > 0);
		Duration takeover = Duration.between(killed, Instant.now());
		System.out.printf("Dead run taken over: first mail delivered %d s after the kill%n", takeover.toSeconds());
		assertThat(takeover).isLessThanOrEqualTo(BOUND);
	}

	/** An SMTP server that takes connections and never says a word. */
	private static ServerSocket silentSmtpServer() throws IOException {
		ServerSocket server = new ServerSocket(0);
		Thread acceptor = new Thread(() -> {
			List<Socket> held = new ArrayList<>();
			try {
				while (!server.isClosed()) {
					held.add(server.accept());
				}
			}
			catch (IOException ex) {
				// closed at the end of the test
			}
		});
		acceptor.setDaemon(true);
		acceptor.start();
		return server;
	}

	private Process start(String name, String url, int smtpPort, boolean demo) throws IOException {
		boolean postgres = url.startsWith("jdbc:postgresql:");
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Article28Application.class.getName(), "--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + (postgres ? "postgres" : "sa"),
				"--spring.datasource.password=", "--article28.data-dir=" + directory.resolve("data"),
				"--article28.admin.password=initial-admin-secret", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort, "--article28.demo=" + demo));
		Path log = Path.of("target", "dead-run-takeover-" + name + ".log");
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		processes.add(process);
		return process;
	}

	/** The instance holding the delivery job while it is sending a mail. */
	private static Optional<String> midDelivery(String url) throws SQLException {
		return query(url, """
				select picked_by from scheduled_tasks where task_name = 'notification-delivery' and picked
				  and exists (select 1 from notification where status = 'SENDING')""");
	}

	/** The instance holding the delivery job, while a run is going on. */
	private static Optional<String> pickedBy(String url) throws SQLException {
		return query(url, "select picked_by from scheduled_tasks where task_name = 'notification-delivery' and picked");
	}

	private static Optional<String> query(String url, String sql) throws SQLException {
		boolean postgres = url.startsWith("jdbc:postgresql:");
		try (Connection connection = DriverManager.getConnection(url, postgres ? "postgres" : "sa", "");
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
		}
		catch (SQLException ex) {
			// the schema is not all there until A has migrated it: no such table on
			// PostgreSQL (42P01), on H2 (42S02, 42S03 with candidates, 42S04 while the
			// database is still empty)
			if (Set.of("42P01", "42S02", "42S03", "42S04").contains(ex.getSQLState())) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
