package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.PageRequest;
import io.article28.trail.TrailEntry;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manager asks for a discovery; the job reads the catalog in the background and keeps
 * the snapshot; a later discovery says which tables and columns were added or dropped; a
 * store that cannot be reached fails with the reason. The trail has counts only.
 */
@IntegrationTest
class DiscoveryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataStoreManagement dataStores;

	@Autowired
	DiscoveryJob job;

	@Autowired
	DataStorePools pools;

	@Autowired
	TrailManagement trail;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aDiscoveryKeepsTheSchemaAndTheNextOneSaysWhatChanged(Engine engine) throws Exception {
		var tenant = tenants.create();
		var database = CustomerDatabases.create(engine);
		ShopSchema.create(database);
		DataStore store = stores.provision(tenant, database);

		JsonNode queued = discover(tenant, store);
		assertThat(queued.get("status").asString()).isEqualTo("QUEUED");
		assertThat(discover(tenant, store).get("id").asString()).as("a second request waits on the first")
			.isEqualTo(queued.get("id").asString());
		job.discoverQueued();

		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}/discoveries/{d}", tenant.id(), store.id(),
				queued.get("id").asString())
			.with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.discovery.status").value("COMPLETED"))
			.andExpect(jsonPath("$.discovery.tables").value(9))
			.andExpect(jsonPath("$.discovery.columns").value(36))
			.andExpect(jsonPath("$.discovery.changes").isEmpty())
			.andExpect(jsonPath("$.changes").isEmpty());
		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}/snapshot?size=3", tenant.id(), store.id())
			.with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tables.totalItems").value(9))
			.andExpect(jsonPath("$.tables.items.length()").value(3))
			.andExpect(jsonPath("$.tables.items[0].name").value("addresses"))
			.andExpect(jsonPath("$.tables.items[0].foreignKeys[0].referencedTable").value("customers"))
			.andExpect(jsonPath("$.tables.items[2].name").value("customer_emails"))
			.andExpect(jsonPath("$.tables.items[2].kind").value("VIEW"));
		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}/snapshot?page=2&size=3", tenant.id(), store.id())
			.with(tenant.member()))
			.andExpect(jsonPath("$.tables.items[2].name").value("support_tickets"))
			.andExpect(jsonPath("$.tables.items[1].foreignKeys[0].referencedColumns[1]").value("line_no"))
			.andExpect(jsonPath("$.tables.items[1].primaryKey[0]").value("id"));
		assertThat(pools.isOpen(store.id())).isTrue();

		try (Connection admin = database.admin(); Statement statement = admin.createStatement()) {
			statement.execute("create table loyalty_cards (id bigint not null, customer_id bigint,"
					+ " constraint loyalty_cards_pk primary key (id))");
			statement.execute("drop table products");
			statement.execute("alter table customers add nickname varchar(50)");
			statement.execute("alter table addresses drop column city");
			if (!admin.getAutoCommit()) {
				admin.commit();
			}
		}
		String second = discover(tenant, store).get("id").asString();
		job.discoverQueued();
		String detail = mvc
			.perform(
					get("/api/v1/organizations/{org}/data-stores/{id}/discoveries/{d}", tenant.id(), store.id(), second)
						.with(tenant.owner()))
			.andExpect(jsonPath("$.discovery.changes.tablesAdded").value(1))
			.andExpect(jsonPath("$.discovery.changes.tablesDropped").value(1))
			.andExpect(jsonPath("$.discovery.changes.columnsAdded").value(1))
			.andExpect(jsonPath("$.discovery.changes.columnsDropped").value(1))
			.andExpect(jsonPath("$.discovery.changes.columnsChanged").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json.readTree(detail).get("changes").toString()).contains(
				"{\"kind\":\"COLUMN_DROPPED\",\"schema\":\"" + ShopSchema.schemaOf(database)
						+ "\",\"table\":\"addresses\",\"column\":\"city\"}",
				"\"kind\":\"TABLE_ADDED\"", "\"table\":\"loyalty_cards\"", "\"kind\":\"TABLE_DROPPED\"",
				"\"table\":\"products\"", "\"column\":\"nickname\"");

		discover(tenant, store);
		job.discoverQueued();
		assertThat(jdbc.sql("select count(*) from datastore_table where discovery_id = :id")
			.param("id", UUID.fromString(queued.get("id").asString()))
			.query(Long.class)
			.single()).as("only the two latest snapshots keep their tables").isZero();

		List<TrailEntry> entries = trail
			.entries(new TrailFilter(tenant.organization().id(), "datastore.", null, null), PageRequest.of(0, 20))
			.items();
		assertThat(entries).extracting(TrailEntry::action)
			.contains("datastore.discovery-requested", "datastore.discovered");
		assertThat(entries).allSatisfy(entry -> assertThat(entry.detail()).doesNotContain("customers", "addresses"));
	}

	@Test
	void aDiscoveryOfAStoreThatCannotBeReachedFailsWithTheReason() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.provision(tenant, new DataStore.Definition("Closed", Engine.POSTGRESQL, "127.0.0.1",
				ConnectionCheckIntegrationTests.closedPort(), "shop", "shop", TlsMode.DISABLE), "secret");
		String id = discover(tenant, store).get("id").asString();

		job.discoverQueued();

		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}/discoveries/{d}", tenant.id(), store.id(), id)
			.with(tenant.member()))
			.andExpect(jsonPath("$.discovery.status").value("FAILED"))
			.andExpect(jsonPath("$.discovery.failure").value("UNREACHABLE"));
		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}/snapshot", tenant.id(), store.id())
			.with(tenant.member())).andExpect(status().isNotFound());
		assertThat(trail
			.entries(new TrailFilter(tenant.organization().id(), "datastore.discovery-failed", null, null),
					PageRequest.of(0, 5))
			.items()).singleElement().satisfies(entry -> assertThat(entry.detail()).contains("UNREACHABLE"));
	}

	@Test
	void removingAStoreClosesItsPoolAndForgetsItsDiscoveries() throws Exception {
		var tenant = tenants.create();
		var database = CustomerDatabases.create(Engine.EMBEDDED);
		ShopSchema.create(database);
		DataStore store = stores.provision(tenant, database);
		discover(tenant, store);
		job.discoverQueued();
		assertThat(pools.isOpen(store.id())).isTrue();

		dataStores.remove(tenant.organization().id(), store.appId(), store.id());

		assertThat(pools.isOpen(store.id())).isFalse();
		assertThat(jdbc.sql("select count(*) from datastore_discovery where store_id = :id")
			.param("id", store.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	private JsonNode discover(Tenants.Tenant tenant, DataStore store) throws Exception {
		return json.readTree(mvc
			.perform(post("/api/v1/organizations/{org}/data-stores/{id}/discoveries", tenant.id(), store.id())
				.with(tenant.owner()))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
