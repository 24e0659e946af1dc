package io.article28.datastores;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import net.datafaker.Faker;

import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;
import io.article28.core.Secrets;
import io.article28.platform.AppId;

/**
 * The demo's data store: an embedded database in {@code DATA_DIR/datastores/acme-shop-…}
 * with a small shop and {@link #PEOPLE} made-up people (Datafaker, seeded: the same demo
 * each time), provisioned on the app it is given with a password generated for it, and a
 * discovery queued.
 */
@Component
public class DemoShop {

	static final String DATABASE = "acme-shop";

	static final int PEOPLE = 300;

	private static final LocalDateTime EPOCH = LocalDateTime.of(2025, 1, 6, 9, 0);

	private final EmbeddedDialect embedded;

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	DemoShop(EmbeddedDialect embedded, DataStoreManagement dataStores, DataMapManagement dataMaps) {
		this.embedded = embedded;
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
	}

	public DataStore create(OrganizationId owner, AppId app) {
		String password = Secrets.newToken();
		DataStoreId id = new DataStoreId(UUID.randomUUID());
		// a file of its own for each demo loaded: another database's demo never meets it
		String database = DATABASE + "-" + id.toString().substring(0, 8);
		try {
			Files.createDirectories(embedded.file(database).getParent());
			try (Connection connection = DriverManager.getConnection(embedded.creatingUrl(database), "shop",
					password)) {
				fill(connection);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The demo's data store could not be made", ex);
		}
		DataStore store = dataStores.provisionDemo(owner, app, id,
				new DataStore.Definition("Shop database", Engine.EMBEDDED, null, 0, database, "shop", null), password);
		dataMaps.requestDiscovery(owner, store.id());
		return store;
	}

	private static void fill(Connection connection) throws SQLException, IOException {
		try (InputStream ddl = DemoShop.class.getResourceAsStream("/datastores/demo-shop.sql");
				Statement statement = connection.createStatement()) {
			String script = new String(ddl.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
			for (String sql : script.split(";")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
		}
		Random random = new Random(28);
		Faker faker = new Faker(Locale.FRANCE, random);
		for (int sku = 1; sku <= 20; sku++) {
			insert(connection, "insert into products values (?, ?, ?)", "SKU-" + sku, faker.commerce().productName(),
					500 + random.nextInt(9_500));
		}
		String[] emails = new String[PEOPLE];
		long orderId = 0;
		for (int id = 1; id <= PEOPLE; id++) {
			String first = faker.name().firstName();
			String last = faker.name().lastName();
			emails[id - 1] = ascii(first + "." + last) + id + "@" + (id % 3 == 0 ? "example.org" : "example.fr");
			LocalDateTime created = EPOCH.plusHours(random.nextInt(24 * 300));
			insert(connection, "insert into customers values (?, ?, ?, ?, ?, ?, ?, ?)", id, emails[id - 1], first, last,
					"+33 6 " + String.format("%02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
							random.nextInt(100), random.nextInt(100)),
					Date.valueOf(
							LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28))),
					id > 10 && random.nextInt(5) == 0 ? Long.valueOf(1 + random.nextInt(10)) : null,
					Timestamp.valueOf(created));
			insert(connection, "insert into addresses values (?, ?, ?, ?, ?, ?)", id, id,
					faker.address().streetAddress(), faker.address().zipCode(), faker.address().city(), "FR");
			for (int order = random.nextInt(4); order > 0; order--) {
				orderId++;
				int lines = 1 + random.nextInt(3);
				int total = 0;
				insert(connection, "insert into orders values (?, ?, ?, ?, ?)", orderId, id,
						Timestamp.valueOf(created.plusDays(1 + random.nextInt(200))),
						random.nextInt(6) == 0 ? "CANCELLED" : "DELIVERED", 0);
				for (int line = 1; line <= lines; line++) {
					int price = 500 + random.nextInt(4_000);
					total += price;
					insert(connection, "insert into order_lines values (?, ?, ?, ?, ?)", orderId, line,
							"SKU-" + (1 + random.nextInt(20)), 1 + random.nextInt(3), price);
				}
				try (PreparedStatement update = connection
					.prepareStatement("update orders set total_cents = ? where id = ?")) {
					update.setInt(1, total);
					update.setLong(2, orderId);
					update.executeUpdate();
				}
			}
		}
		for (int ticket = 1; ticket <= 80; ticket++) {
			int customer = 1 + random.nextInt(PEOPLE);
			String body = switch (ticket % 4) {
				case 0 -> "Bonjour, ma commande n'est pas arrivée. Vous pouvez me joindre au 06 "
						+ String.format("%02d %02d %02d %02d", random.nextInt(100), random.nextInt(100),
								random.nextInt(100), random.nextInt(100));
				case 1 -> "Merci de répondre plutôt à " + emails[customer - 1] + ", je ne lis pas l'autre adresse.";
				default -> faker.lorem().sentence(12);
			};
			insert(connection, "insert into support_tickets values (?, ?, ?, ?, ?)", ticket, customer,
					faker.lorem().sentence(4), body, Timestamp.valueOf(EPOCH.plusHours(random.nextInt(24 * 330))));
		}
		for (int subscription = 1; subscription <= 200; subscription++) {
			insert(connection, "insert into newsletter_subscriptions values (?, ?, ?, ?)", subscription,
					subscription % 4 == 0 ? "lecteur" + subscription + "@example.net" : emails[random.nextInt(PEOPLE)],
					Timestamp.valueOf(EPOCH.plusHours(random.nextInt(24 * 330))), faker.internet().ipV4Address());
		}
		String[] actions = { "login", "logout", "order.placed", "password.changed", "address.changed" };
		for (int entry = 1; entry <= 500; entry++) {
			insert(connection, "insert into audit_log values (?, ?, ?, ?, ?)", entry, emails[random.nextInt(PEOPLE)],
					actions[random.nextInt(actions.length)],
					Timestamp.valueOf(EPOCH.plusMinutes(random.nextInt(60 * 24 * 330))),
					faker.internet().ipV4Address());
		}
	}

	private static void insert(Connection connection, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
		}
	}

	/** A name as the local part of an address: no accents, no spaces, lower case. */
	private static String ascii(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z.]", "")
			.toLowerCase(Locale.ROOT);
	}

}
