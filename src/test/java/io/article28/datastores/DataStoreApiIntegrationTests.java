package io.article28.datastores;

import static io.article28.Tenants.staffAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.accounts.StaffRole;
import io.article28.core.PageRequest;
import io.article28.platform.App;
import io.article28.trail.TrailEntry;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

/**
 * The platform provisions an app's data stores (staff ADMIN), the members read them, the
 * managers check them; the password goes in and never comes out, in an answer or in the
 * database in clear.
 */
@IntegrationTest
class DataStoreApiIntegrationTests {

	static final String PASSWORD = "s3cret-Pa55word-never-shown";

	static final String BODY = """
			{"label":"%s","engine":"POSTGRESQL","host":"%s","port":5432,"database":"shop","username":"shop_reader",
			 "password":"%s","tlsMode":"REQUIRE"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	TrailManagement trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePlatformAddsAStoreThenReplacesItKeepingThePasswordAndTheMembersReadIt() throws Exception {
		var tenant = tenants.create();
		App app = app(tenant);
		UUID store = UUID.randomUUID();
		String created = mvc.perform(provision(tenant, app, store, BODY.formatted("Shop", "127.0.0.1", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(store.toString()))
			.andExpect(jsonPath("$.engine").value("POSTGRESQL"))
			.andExpect(jsonPath("$.host").value("127.0.0.1"))
			.andExpect(jsonPath("$.lastCheck").isEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(created).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");

		String replaced = """
				{"label":"Shop (replica)","engine":"POSTGRESQL","host":"localhost","database":"shop",
				 "username":"shop_reader"}""";
		mvc.perform(provision(tenant, app, store, replaced))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.label").value("Shop (replica)"))
			.andExpect(jsonPath("$.port").value(5432))
			.andExpect(jsonPath("$.tlsMode").value("REQUIRE"));
		String ciphertext = jdbc.sql("select password_ciphertext from data_store where id = :id")
			.param("id", store)
			.query(String.class)
			.single();
		assertThat(ciphertext).doesNotContain(PASSWORD).startsWith("v1.");

		String listed = mvc.perform(get("/api/v1/organizations/{org}/data-stores", tenant.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].appId").value(app.id().toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(listed).doesNotContain(PASSWORD);
		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}", tenant.id(), store).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.label").value("Shop (replica)"));

		assertThat(actions(tenant)).containsExactly("datastore.replaced", "datastore.added");
	}

	@Test
	void onlyStaffAdminsProvisionAndAStoreOfAnotherOrganizationIsNotFound() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		App app = app(tenant);
		UUID store = UUID.randomUUID();
		String body = BODY.formatted("Shop", "127.0.0.1", PASSWORD);
		mvc.perform(provision(tenant, app, store, body, tenant.owner())).andExpect(status().isForbidden());
		mvc.perform(provision(tenant, app, store, body, tenants.staff(StaffRole.SUPPORT)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organizations/{org}/apps/{app}/data-stores/{id}", other.id(), app.id(), store)
			.with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(provision(tenant, app, store, body)).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}", other.id(), store).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(
				post("/api/v1/organizations/{org}/data-stores/{id}/check", tenant.id(), store).with(tenant.member()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aHostOutsideTheAllowListIsRefusedAndNamedInTheProblem() throws Exception {
		var tenant = tenants.create();
		App app = app(tenant);
		for (String host : List.of("10.1.2.3", "169.254.169.254", "db.elsewhere.example")) {
			mvc.perform(provision(tenant, app, UUID.randomUUID(), BODY.formatted("Shop", host, PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("host"));
		}
		mvc.perform(provision(tenant, app, UUID.randomUUID(), BODY.formatted("Shop", "127.0.0.1", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(provision(tenant, app, UUID.randomUUID(), """
				{"label":"Shop","engine":"POSTGRESQL","host":"127.0.0.1","database":"shop?sslmode=disable",
				 "username":"shop","password":"x"}""")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from data_store where organization_id = :org")
			.param("org", tenant.organization().id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theStoreIsRemovedWithItsPasswordAndThenNotFound() throws Exception {
		var tenant = tenants.create();
		App app = app(tenant);
		UUID store = UUID.randomUUID();
		mvc.perform(provision(tenant, app, store, BODY.formatted("Shop", "127.0.0.1", PASSWORD)))
			.andExpect(status().isCreated());
		mvc.perform(delete("/api/v1/organizations/{org}/apps/{app}/data-stores/{id}", tenant.id(), app.id(), store)
			.with(staffAdmin())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/organizations/{org}/apps/{app}/data-stores/{id}", tenant.id(), app.id(), store)
			.with(staffAdmin())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}", tenant.id(), store).with(tenant.owner()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from data_store where id = :id")
			.param("id", store)
			.query(Long.class)
			.single()).isZero();
		assertThat(actions(tenant)).containsExactly("datastore.removed", "datastore.added");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aCheckAnswersWithTheStatusNeverAServerErrorAndIsInTheTrail(CapturedOutput output) throws Exception {
		var tenant = tenants.create();
		App app = app(tenant);
		UUID store = UUID.randomUUID();
		int closedPort = ConnectionCheckIntegrationTests.closedPort();
		mvc.perform(provision(tenant, app, store, """
				{"label":"Closed","engine":"MARIADB","host":"127.0.0.1","port":%d,"database":"shop",
				 "username":"shop","password":"%s","tlsMode":"DISABLE"}""".formatted(closedPort, PASSWORD)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/organizations/{org}/data-stores/{id}/check", tenant.id(), store).with(tenant.owner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNREACHABLE"))
			.andExpect(jsonPath("$.description").value(org.hamcrest.Matchers.startsWith("unreachable")));
		mvc.perform(get("/api/v1/organizations/{org}/data-stores/{id}", tenant.id(), store).with(tenant.member()))
			.andExpect(jsonPath("$.lastCheck.status").value("UNREACHABLE"));
		List<TrailEntry> checks = trail
			.entries(new TrailFilter(tenant.organization().id(), "datastore.checked", null, null),
					PageRequest.of(0, 10))
			.items();
		assertThat(checks).singleElement().satisfies(entry -> {
			assertThat(entry.detail()).contains("UNREACHABLE").doesNotContain("127.0.0.1").doesNotContain(PASSWORD);
		});
		assertThat(output.getAll()).doesNotContain(PASSWORD);
	}

	private List<String> actions(Tenants.Tenant tenant) {
		return trail
			.entries(new TrailFilter(tenant.organization().id(), "datastore.", null, null), PageRequest.of(0, 10))
			.items()
			.stream()
			.map(TrailEntry::action)
			.toList();
	}

	private App app(Tenants.Tenant tenant) {
		return stores.app(tenant);
	}

	private static MockHttpServletRequestBuilder provision(Tenants.Tenant tenant, App app, UUID store, String body) {
		return provision(tenant, app, store, body, staffAdmin());
	}

	private static MockHttpServletRequestBuilder provision(Tenants.Tenant tenant, App app, UUID store, String body,
			RequestPostProcessor caller) {
		return put("/api/v1/organizations/{org}/apps/{app}/data-stores/{id}", tenant.id(), app.id(), store).with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
