package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.PageRequest;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

/**
 * On every engine, a discovery suggests a category for each column of the shop: every
 * personal column found, no category on the technical ones, the samples kept nowhere. The
 * owner reviews; the review holds over the next discovery, and a column gone is marked
 * missing with its review kept.
 */
@IntegrationTest
class ClassificationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataStoreManagement dataStores;

	@Autowired
	DataMapManagement dataMaps;

	@Autowired
	DiscoveryJob job;

	@Autowired
	TrailManagement trail;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void everyPersonalColumnOfTheShopIsFoundAndNoTechnicalOne(Engine engine) throws Exception {
		var tenant = tenants.create();
		var database = CustomerDatabases.create(engine);
		ShopSchema.create(database);
		ShopSchema.fill(database);
		DataStore store = stores.provision(tenant, database);
		dataMaps.requestDiscovery(tenant.organization().id(), store.id());
		job.discoverQueued();

		Map<String, Category> found = new HashMap<>();
		dataMaps
			.columns(tenant.organization().id(), store.id(), new DataMapManagement.ColumnFilter(null, null, false),
					PageRequest.of(0, 100))
			.items()
			.forEach(column -> found.put(column.table() + "." + column.column(), column.category()));
		assertThat(found).hasSize(36);
		Map<String, Category> personal = new HashMap<>(found);
		personal.values().removeIf(category -> category == Category.NONE);
		assertThat(personal).containsExactlyInAnyOrderEntriesOf(ShopSchema.PERSONAL);
		assertThat(jdbc.sql("select evidence from datastore_classification where store_id = :store")
			.param("store", store.id().value())
			.query(String.class)
			.list()).noneMatch(evidence -> evidence.contains("example.fr") || evidence.contains("Moreau"));

		String columns = "/api/v1/organizations/{org}/data-stores/{id}/columns";
		mvc.perform(get(columns + "?category=EMAIL", tenant.id(), store.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.items[0].evidence.length()").value(2))
			.andExpect(jsonPath("$.items[0].confidence").value(99));
		mvc.perform(get(columns + "?toReview=true&size=1", tenant.id(), store.id()).with(tenant.member()))
			.andExpect(jsonPath("$.totalItems").value(16));

		mvc.perform(review(tenant.owner(), tenant, store, database, "addresses", "country", "NONE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.category").value("NONE"))
			.andExpect(jsonPath("$.suggestedCategory").value("POSTAL_ADDRESS"))
			.andExpect(jsonPath("$.toReview").value(false));
		mvc.perform(review(tenant.owner(), tenant, store, database, "support_tickets", "body", "SPECIAL"))
			.andExpect(status().isOk());
		mvc.perform(review(tenant.member(), tenant, store, database, "support_tickets", "body", "SPECIAL"))
			.andExpect(status().isForbidden());
		mvc.perform(review(tenant.owner(), tenant, store, database, "nowhere", "body", "SPECIAL"))
			.andExpect(status().isNotFound());
		mvc.perform(get(columns + "?toReview=true&size=1", tenant.id(), store.id()).with(tenant.member()))
			.andExpect(jsonPath("$.totalItems").value(14));

		try (Connection admin = database.admin(); Statement statement = admin.createStatement()) {
			statement.execute("alter table addresses drop column country");
			if (!admin.getAutoCommit()) {
				admin.commit();
			}
		}
		dataMaps.requestDiscovery(tenant.organization().id(), store.id());
		job.discoverQueued();
		Map<String, ColumnClassification> after = new HashMap<>();
		dataMaps
			.columns(tenant.organization().id(), store.id(), new DataMapManagement.ColumnFilter(null, null, false),
					PageRequest.of(0, 100))
			.items()
			.forEach(column -> after.put(column.table() + "." + column.column(), column));
		assertThat(after.get("addresses.country").missing()).isTrue();
		assertThat(after.get("addresses.country").reviewed()).isEqualTo(Category.NONE);
		assertThat(after.get("support_tickets.body").category()).isEqualTo(Category.SPECIAL);
		assertThat(after.get("customers.email").missing()).isFalse();
		assertThat(trail
			.entries(new TrailFilter(tenant.organization().id(), "datastore.classification-changed", null, null),
					PageRequest.of(0, 10))
			.items()).hasSize(2);
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder review(
			org.springframework.test.web.servlet.request.RequestPostProcessor caller, Tenants.Tenant tenant,
			DataStore store, CustomerDatabases.Database database, String table, String column, String category) {
		return put("/api/v1/organizations/{org}/data-stores/{id}/classifications", tenant.id(), store.id()).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schema\":\"%s\",\"table\":\"%s\",\"column\":\"%s\",\"category\":\"%s\"}"
				.formatted(ShopSchema.schemaOf(database), table, column, category));
	}

}
