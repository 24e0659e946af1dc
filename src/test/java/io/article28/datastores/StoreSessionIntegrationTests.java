package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.IntegrationTest;
import io.article28.Tenants;

/**
 * What a session on a store offers a plan, on each engine: the organization's keyed
 * pseudonym computed by the database equal to HMAC-SHA256 under the organization's key;
 * the foreign keys' delete actions and the triggers as the database holds them; a writing
 * session committed when its work returns and rolled back whole when it throws; and a
 * reading session that the server itself keeps from writing.
 */
@IntegrationTest
class StoreSessionIntegrationTests {

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataStoreManagement dataStores;

	@Autowired
	CredentialCipher cipher;

	@Autowired
	Pseudonyms pseudonyms;

	@AfterAll
	static void dropDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void theDatabaseComputesTheOrganizationsKeyedPseudonym(Engine engine) throws Exception {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, engine);
		var owner = tenant.organization().id();

		String computed = dataStores.read(owner, shop.store().id(), session -> {
			List<Object> parameters = new ArrayList<>();
			String sql = "select " + session.pseudonym(session.text("?"), parameters);
			parameters.add("Léa Moreau");
			try (PreparedStatement statement = new PreparedStatementOf(session, sql, parameters).statement();
					ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		});

		assertThat(computed).isEqualTo(pseudonyms.of(owner, "Léa Moreau"));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(cipher.pseudonymKey(owner), "HmacSHA256"));
		assertThat(computed)
			.isEqualTo(HexFormat.of().formatHex(mac.doFinal("Léa Moreau".getBytes(StandardCharsets.UTF_8))));
		assertThat(cipher.pseudonymKey(tenants.create().organization().id())).isNotEqualTo(cipher.pseudonymKey(owner));
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void theDeleteActionsOfForeignKeysAreReadAsTheDatabaseHoldsThem(Engine engine) throws Exception {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, engine);
		shop.database()
			.execute("create table notes (id bigint not null primary key, customer_id bigint,"
					+ " constraint notes_customer_fk foreign key (customer_id) references customers (id) on delete cascade)");

		List<LiveSchema.KeyRule> rules = dataStores.read(tenant.organization().id(), shop.store().id(),
				StoreSession::deleteRules);

		assertThat(rules).contains(
				new LiveSchema.KeyRule(shop.schema(), "notes", "notes_customer_fk", LiveSchema.DeleteRule.CASCADE));
		assertThat(rules)
			.filteredOn(rule -> rule.constraint().equals("orders_customer_fk") && rule.schema().equals(shop.schema()))
			.singleElement()
			.satisfies(rule -> assertThat(rule.onDelete()).isIn(LiveSchema.DeleteRule.NO_ACTION,
					LiveSchema.DeleteRule.RESTRICT));
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aTriggerOfATableIsReadWithItsEvents(Engine engine) throws Exception {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, engine);
		switch (engine) {
			case POSTGRESQL -> {
				shop.database()
					.execute(
							"create function keep_copy() returns trigger language plpgsql as $$ begin return old; end $$");
				shop.database()
					.execute("create trigger customers_copy before delete on customers for each row"
							+ " execute function keep_copy()");
			}
			case MARIADB -> shop.database()
				.execute("create trigger customers_copy before delete on customers for each row set @deleted = old.id");
			default -> shop.database()
				.execute("create trigger customers_copy before delete on customers for each row call '"
						+ NoTrigger.class.getName() + "'");
		}

		List<LiveSchema.Trigger> triggers = dataStores.read(tenant.organization().id(), shop.store().id(),
				StoreSession::triggers);

		assertThat(triggers).singleElement().satisfies(trigger -> {
			assertThat(trigger.qualifiedTable()).isEqualTo(shop.schema() + ".customers");
			assertThat(trigger.name()).isEqualTo("customers_copy");
			assertThat(trigger.timing()).isEqualTo("BEFORE");
			assertThat(trigger.events()).contains("DELETE");
		});
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aWritingSessionCommitsWhenItsWorkReturnsAndRollsBackWhenItThrows(Engine engine) throws Exception {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, engine);
		var owner = tenant.organization().id();

		assertThatThrownBy(() -> dataStores.write(owner, shop.store().id(), session -> {
			delete(session, shop, 6);
			throw new IllegalStateException("changed its mind");
		})).hasMessage("changed its mind");
		assertThat(count(shop)).isEqualTo(6);

		dataStores.write(owner, shop.store().id(), session -> delete(session, shop, 6));
		assertThat(count(shop)).isEqualTo(5);
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aReadingSessionChangesNothing(Engine engine) throws Exception {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, engine);

		if (engine.networked()) {
			// the server itself refuses the write
			assertThatThrownBy(() -> dataStores.read(tenant.organization().id(), shop.store().id(),
					session -> delete(session, shop, 6)))
				.isInstanceOf(StoreUnavailable.class);
		}
		else {
			// the embedded engine lets it run, and the session's rollback undoes it
			int deleted = dataStores.read(tenant.organization().id(), shop.store().id(),
					session -> delete(session, shop, 6));
			assertThat(deleted).isEqualTo(1);
		}
		assertThat(count(shop)).isEqualTo(6);
	}

	private static int delete(StoreSession session, TestStores.Shop shop, long id) throws SQLException {
		try (Statement statement = session.connection().createStatement()) {
			statement
				.execute("delete from " + session.table(shop.schema(), "addresses") + " where customer_id = " + id);
			return statement.getUpdateCount();
		}
	}

	private static long count(TestStores.Shop shop) throws SQLException {
		return shop.database().count("select count(*) from addresses");
	}

	/** A statement with its parameters bound, bytes as bytes. */
	private record PreparedStatementOf(StoreSession session, String sql, List<Object> parameters) {

		PreparedStatement statement() throws SQLException {
			PreparedStatement statement = session.connection().prepareStatement(sql);
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			return statement;
		}

	}

	/** An H2 trigger that does nothing: the embedded engine's triggers are classes. */
	public static class NoTrigger implements org.h2.api.Trigger {

		@Override
		public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
		}

	}

}
