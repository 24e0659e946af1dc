package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.core.PageRequest;
import io.article28.platform.App;

/**
 * The data stores page: members read it, managers check a store and, where customers
 * manage their stores (as in the tests), add and remove them; a refused form comes back
 * filled, without its password.
 */
@IntegrationTest
class DataStorePagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataStoreManagement dataStores;

	@Autowired
	DiscoveryJob job;

	@Test
	void anOwnerAddsAStoreAndSeesItsRowWithoutItsPassword() throws Exception {
		var tenant = tenants.create();
		App app = app(tenant);
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get("/organizations/{org}/data-stores", tenant.id()).cookie(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No data store yet")))
			.andExpect(content().string(containsString("id=\"add-store\"")));

		mvc.perform(post("/organizations/{org}/data-stores", tenant.id()).cookie(owner)
			.with(csrf())
			.param("appId", app.id().toString())
			.param("label", "Orders")
			.param("engine", "MARIADB")
			.param("host", "127.0.0.1")
			.param("port", "")
			.param("database", "orders")
			.param("username", "reader")
			.param("password", "page-secret-42")
			.param("tlsMode", "DISABLE")).andExpect(redirectedUrl("/organizations/" + tenant.id() + "/data-stores"));

		mvc.perform(get("/organizations/{org}/data-stores", tenant.id()).cookie(owner))
			.andExpect(content().string(containsString("127.0.0.1:3306/orders")))
			.andExpect(content().string(containsString(app.name())))
			.andExpect(content().string(containsString("Not checked yet")))
			.andExpect(content().string(not(containsString("page-secret-42"))));
		assertThat(dataStores.stores(tenant.organization().id(), PageRequest.of(0, 10)).items()).singleElement()
			.satisfies(store -> assertThat(store.definition().label()).isEqualTo("Orders"));
	}

	@Test
	void aRefusedStoreComesBackWithTheFieldAtFaultAndNoPassword() throws Exception {
		var tenant = tenants.create();
		App app = app(tenant);
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		var refused = mvc
			.perform(post("/organizations/{org}/data-stores", tenant.id()).cookie(owner)
				.with(csrf())
				.param("appId", app.id().toString())
				.param("label", "Metadata")
				.param("engine", "POSTGRESQL")
				.param("host", "169.254.169.254")
				.param("database", "shop")
				.param("username", "reader")
				.param("password", "refused-secret-7")
				.param("tlsMode", "REQUIRE"))
			.andReturn();

		mvc.perform(
				get("/organizations/{org}/data-stores", tenant.id()).cookie(owner).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("is not allowed")))
			.andExpect(content().string(containsString("value=\"169.254.169.254\"")))
			.andExpect(content().string(not(containsString("refused-secret-7"))));
		assertThat(dataStores.stores(tenant.organization().id(), PageRequest.of(0, 10)).items()).isEmpty();
	}

	@Test
	void aMemberReadsTheStoresButNeitherChecksNorAddsNorRemoves() throws Exception {
		var tenant = tenants.create();
		App app = app(tenant);
		DataStore store = dataStores.provision(tenant.organization().id(), app.id(), new DataStoreId(UUID.randomUUID()),
				new DataStore.Definition("Shop", Engine.POSTGRESQL, "127.0.0.1", 0, "shop", "reader", null), "secret")
			.store();
		Cookie member = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get("/data-stores").cookie(member))
			.andExpect(redirectedUrl("/organizations/" + tenant.id() + "/data-stores"));
		mvc.perform(get("/organizations/{org}/data-stores", tenant.id()).cookie(member))
			.andExpect(content().string(containsString("127.0.0.1:5432/shop")))
			.andExpect(content().string(not(containsString("Check the connection"))))
			.andExpect(content().string(not(containsString("id=\"add-store\""))));
		mvc.perform(post("/organizations/{org}/data-stores/{id}/check", tenant.id(), store.id()).cookie(member)
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/organizations/{org}/data-stores/{id}/remove", tenant.id(), store.id()).cookie(member)
			.with(csrf())).andExpect(status().isForbidden());
		var other = tenants.create();
		mvc.perform(get("/organizations/{org}/data-stores", tenant.id())
			.cookie(SignIn.as(mvc, other.ownerEmail(), Tenants.PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void aStoresPageRefreshesWhileItsDiscoveryRunsThenShowsItsTables() throws Exception {
		var tenant = tenants.create();
		var database = CustomerDatabases.create(Engine.EMBEDDED);
		ShopSchema.create(database);
		DataStore store = dataStores
			.provision(tenant.organization().id(), app(tenant).id(), new DataStoreId(UUID.randomUUID()),
					database.definition("Shop"), CustomerDatabases.PASSWORD)
			.store();
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		String page = "/organizations/" + tenant.id() + "/data-stores/" + store.id();
		mvc.perform(get(page).cookie(owner))
			.andExpect(content().string(containsString("Not discovered yet.")))
			.andExpect(header().doesNotExist("Refresh"));

		mvc.perform(post(page + "/discoveries").cookie(owner).with(csrf())).andExpect(redirectedUrl(page));
		mvc.perform(get(page).cookie(owner))
			.andExpect(header().string("Refresh", "3"))
			.andExpect(content().string(containsString("Discovery queued")));
		job.discoverQueued();

		Cookie member = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get(page).cookie(member))
			.andExpect(header().doesNotExist("Refresh"))
			.andExpect(content().string(containsString("9 tables, 36 columns")))
			.andExpect(content().string(containsString("public.shipments")))
			.andExpect(content().string(containsString("order_id, line_no → order_lines (order_id, line_no)")))
			.andExpect(content().string(not(containsString("id=\"discover\""))));
		mvc.perform(post(page + "/discoveries").cookie(member).with(csrf())).andExpect(status().isForbidden());

		mvc.perform(get(page + "/columns?toReview=true").cookie(owner))
			.andExpect(content().string(containsString("public.customers.email")))
			.andExpect(content().string(containsString("the name says email")))
			.andExpect(content().string(not(containsString("public.products.sku"))));
		mvc.perform(post(page + "/columns/review").cookie(owner)
			.with(csrf())
			.param("schema", "public")
			.param("table", "customers")
			.param("column", "email")
			.param("category", "EMAIL")
			.param("back", "?toReview=true&page=0")).andExpect(redirectedUrl(page + "/columns?toReview=true&page=0"));
		mvc.perform(post(page + "/columns/review").cookie(owner)
			.with(csrf())
			.param("schema", "public")
			.param("table", "customers")
			.param("column", "email")
			.param("category", "EMAIL")
			.param("back", "//evil.example/")).andExpect(redirectedUrl(page + "/columns"));
		mvc.perform(get(page + "/columns?toReview=true").cookie(owner))
			.andExpect(content().string(not(containsString("public.customers.email"))));
		mvc.perform(post(page + "/links").cookie(owner)
			.with(csrf())
			.param("from", "audit_log.actor_email")
			.param("to", "public.customers.email")).andExpect(redirectedUrl(page + "#map-heading"));
		mvc.perform(get(page).cookie(owner))
			.andExpect(content().string(containsString("write the column as schema.table.column")));
		mvc.perform(get(page + "/columns?category=EMAIL").cookie(member))
			.andExpect(content().string(containsString("public.customers.email")))
			.andExpect(content().string(containsString("reviewed on")))
			.andExpect(content().string(not(containsString("columns/review"))));
	}

	private App app(Tenants.Tenant tenant) {
		return stores.app(tenant);
	}

}
