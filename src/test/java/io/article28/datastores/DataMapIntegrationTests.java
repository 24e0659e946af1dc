package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;

/**
 * The owner declares the shop's customers as the subject: the map reaches every table
 * whose rows belong to a customer by its join path (several hops, a composite key), and
 * flags the audit log, which no foreign key reaches and which keeps copies, until a link
 * by e-mail is declared.
 */
@IntegrationTest
class DataMapIntegrationTests {

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

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void theMapReachesTheCustomersTablesAndFlagsWhatWouldEscape(Engine engine) throws Exception {
		var tenant = tenants.create();
		var database = CustomerDatabases.create(engine);
		ShopSchema.create(database);
		ShopSchema.fill(database);
		DataStore store = stores.provision(tenant, database);
		String base = "/api/v1/organizations/" + tenant.id() + "/data-stores/" + store.id();
		String schema = ShopSchema.schemaOf(database);
		mvc.perform(subject(tenant, base, schema, "customers", "[\"email\"]")).andExpect(status().isConflict());
		mvc.perform(get(base + "/map").with(tenant.member())).andExpect(status().isNotFound());
		dataMaps.requestDiscovery(tenant.organization().id(), store.id());
		job.discoverQueued();

		mvc.perform(subject(tenant, base, schema, "nowhere", "[\"email\"]")).andExpect(status().isBadRequest());
		mvc.perform(subject(tenant, base, schema, "customers", "[\"no_such\"]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("identityColumns"));
		mvc.perform(subject(tenant, base, schema, "customers", "[\"email\", \"id\"]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.identityColumns[1]").value("id"));

		String shipments = schema + ".shipments";
		mvc.perform(get(base + "/map").with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reached.length()").value(6))
			.andExpect(jsonPath("$.reached[?(@.table == 'order_lines')].path.length()").value(2))
			.andExpect(jsonPath("$.reached[?(@.table == 'shipments')].path[0].columns[1]").value("line_no"))
			.andExpect(jsonPath("$.reached[?(@.table == 'shipments')].path[0].toTable").value(schema + ".order_lines"))
			.andExpect(jsonPath("$.reached[?(@.table == 'shipments')].path.length()").value(3))
			.andExpect(jsonPath("$.reached[?(@.table == 'audit_log')]").isEmpty())
			.andExpect(jsonPath("$.flags[?(@.kind == 'UNREACHED')].table").value(schema + ".audit_log"))
			.andExpect(jsonPath("$.flags[?(@.kind == 'HISTORY_COPY')].table").value(schema + ".audit_log"));
		assertThat(shipments).isNotBlank();
		if (engine == Engine.POSTGRESQL) {
			// PostgreSQL makes no index for a foreign key by itself; MariaDB and H2 do
			mvc.perform(get(base + "/map").with(tenant.member()))
				.andExpect(jsonPath("$.flags[?(@.kind == 'UNINDEXED_KEY')].table")
					.value(org.hamcrest.Matchers.hasItems(schema + ".addresses", schema + ".support_tickets")));
		}

		String link = mvc
			.perform(post(base + "/links").with(tenant.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"schema":"%s","table":"audit_log","column":"actor_email",
						 "targetSchema":"%s","targetTable":"customers","targetColumn":"email"}""".formatted(schema,
						schema)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(get(base + "/map").with(tenant.member()))
			.andExpect(jsonPath("$.reached.length()").value(7))
			.andExpect(jsonPath("$.reached[?(@.table == 'audit_log')].path[0].declared").value(true))
			.andExpect(jsonPath("$.flags[?(@.kind == 'UNREACHED')]").isEmpty());

		String linkId = link.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(delete(base + "/links/" + linkId).with(tenant.owner())).andExpect(status().isNoContent());
		mvc.perform(delete(base + "/subjects?schema=" + schema + "&table=customers").with(tenant.owner()))
			.andExpect(status().isNoContent());
		mvc.perform(get(base + "/map").with(tenant.member())).andExpect(jsonPath("$.reached").isEmpty());
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder subject(
			Tenants.Tenant tenant, String base, String schema, String table, String columns) {
		return put(base + "/subjects").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schema\":\"%s\",\"table\":\"%s\",\"identityColumns\":%s}".formatted(schema, table, columns));
	}

}
