package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.IntegrationTest;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.core.PageRequest;

/**
 * With the demo, Acme's acme-website has a data store that works out of the box: it
 * connects, its discovery finds the shop, and the classifier finds every column of the
 * demo's personal data and puts no category on the technical ones.
 */
@IntegrationTest
class DemoShopIntegrationTests {

	static final Map<String, Category> PERSONAL = Map.ofEntries(Map.entry("customers.id", Category.ACCOUNT_ID),
			Map.entry("customers.email", Category.EMAIL), Map.entry("customers.first_name", Category.PERSON_NAME),
			Map.entry("customers.last_name", Category.PERSON_NAME), Map.entry("customers.phone", Category.PHONE),
			Map.entry("customers.birth_date", Category.DATE_OF_BIRTH),
			Map.entry("customers.referred_by", Category.ACCOUNT_ID),
			Map.entry("addresses.customer_id", Category.ACCOUNT_ID),
			Map.entry("addresses.street", Category.POSTAL_ADDRESS),
			Map.entry("addresses.postal_code", Category.POSTAL_ADDRESS),
			Map.entry("addresses.city", Category.POSTAL_ADDRESS),
			Map.entry("addresses.country", Category.POSTAL_ADDRESS),
			Map.entry("orders.customer_id", Category.ACCOUNT_ID),
			Map.entry("support_tickets.customer_id", Category.ACCOUNT_ID),
			Map.entry("support_tickets.subject", Category.FREE_TEXT),
			Map.entry("support_tickets.body", Category.FREE_TEXT),
			Map.entry("newsletter_subscriptions.email", Category.EMAIL),
			Map.entry("newsletter_subscriptions.source_ip", Category.IP_ADDRESS),
			Map.entry("audit_log.actor_email", Category.EMAIL), Map.entry("audit_log.ip_address", Category.IP_ADDRESS));

	@Autowired
	AccountManagement accounts;

	@Autowired
	DataStoreManagement dataStores;

	@Autowired
	DataMapManagement dataMaps;

	@Autowired
	DiscoveryJob job;

	@Test
	void theDemoShopConnectsAndEveryPersonalColumnIsFoundAndNoTechnicalOne() {
		OrganizationId acme = accounts.organizationNamed("Acme Health SAS").orElseThrow().id();
		DataStore store = dataStores.stores(acme, PageRequest.of(0, 10)).items().get(0);
		assertThat(store.definition().engine()).isEqualTo(Engine.EMBEDDED);
		assertThat(dataStores.check(acme, store.id()).status()).isEqualTo(ConnectionCheck.Status.CONNECTED);

		job.discoverQueued();

		Discovery discovery = dataMaps.latestDiscovery(acme, store.id()).orElseThrow();
		assertThat(discovery.status()).isEqualTo(Discovery.Status.COMPLETED);
		assertThat(discovery.tableCount()).isEqualTo(8);
		Map<String, Category> found = new HashMap<>();
		dataMaps
			.columns(acme, store.id(), new DataMapManagement.ColumnFilter(null, null, false), PageRequest.of(0, 100))
			.items()
			.forEach(column -> found.put(column.table() + "." + column.column(), column.category()));
		assertThat(found).hasSize(41);
		found.values().removeIf(category -> category == Category.NONE);
		assertThat(found).containsExactlyInAnyOrderEntriesOf(PERSONAL);
	}

	@Test
	void theShopsFirstCustomerIsTheOneTheTourNames() {
		OrganizationId acme = accounts.organizationNamed("Acme Health SAS").orElseThrow().id();
		DataStore store = dataStores.stores(acme, PageRequest.of(0, 10)).items().get(0);
		long found = dataStores.read(acme, store.id(), session -> {
			try (var statement = session.connection()
				.prepareStatement("select count(*) from public.customers where id = 1 and email = ?")) {
				statement.setString(1, "tom.roy1@example.fr");
				try (var rs = statement.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
		assertThat(found).isEqualTo(1);
	}

}
