package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;

/**
 * The owner says what erasing a person does to a table of its map: the rule names the
 * table's own columns, the page shows it beside the table's path, removing it makes the
 * rows deleted again, and the trail names the table, never a value.
 */
@IntegrationTest
class ErasureRuleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOwnerAnonymizesOrdersKeepsAddressesForTheLawAndTheRulesAreListed() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		String base = "/api/v1/organizations/" + tenant.id() + "/data-stores/" + store.id() + "/erasure-rules";
		mvc.perform(rule(tenant, base,
				"""
						{"schema":"public","table":"orders","action":"ANONYMIZE",
						 "columns":[{"column":"customer_id","action":"NULL"},{"column":"total_cents","action":"KEEP","reason":"Accounting law"}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[1].reason").value("Accounting law"));
		mvc.perform(rule(tenant, base, """
				{"schema":"public","table":"addresses","action":"KEEP","reason":"Delivery disputes: 1 year"}"""))
			.andExpect(status().isOk());
		mvc.perform(rule(tenant, base,
				"""
						{"schema":"public","table":"orders","action":"ANONYMIZE","columns":[{"column":"no_such","action":"NULL"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("columns"));
		mvc.perform(rule(tenant, base, """
				{"schema":"public","table":"addresses","action":"KEEP"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(put(base).with(tenant.member()).contentType(MediaType.APPLICATION_JSON).content("""
				{"schema":"public","table":"orders","action":"DELETE"}""")).andExpect(status().isForbidden());

		mvc.perform(get(base).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].table").value("addresses"))
			.andExpect(jsonPath("$[1].action").value("ANONYMIZE"));

		mvc.perform(delete(base).param("schema", "public").param("table", "addresses").with(tenant.owner()))
			.andExpect(status().isNoContent());
		mvc.perform(delete(base).param("schema", "public").param("table", "addresses").with(tenant.owner()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("""
				select detail from trail_entry where organization_id = :org and action like 'datastore.erasure-rule-%'
				order by sequence""").param("org", tenant.organization().id().value()).query(String.class).list())
			.containsExactly("{\"table\":\"public.orders\"}", "{\"table\":\"public.addresses\"}",
					"{\"table\":\"public.addresses\"}");
	}

	@Test
	void theStorePageSavesARuleFromItsFormAndShowsItBesideTheTable() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		String page = "/organizations/" + tenant.id() + "/data-stores/" + store.id();
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(post(page + "/erasure-rules").cookie(owner)
			.with(csrf())
			.param("table", "public.support_tickets")
			.param("action", "ANONYMIZE")
			.param("columns", "body: FIXED [erased]\ncustomer_id: NULL"))
			.andExpect(redirectedUrl(page + "#map-heading"))
			.andExpect(flash().attribute("notice", "datastores.erasure.saved"));
		mvc.perform(post(page + "/erasure-rules").cookie(owner)
			.with(csrf())
			.param("table", "public.support_tickets")
			.param("action", "ANONYMIZE")
			.param("columns", "body FIXED"))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=columns"))));
		mvc.perform(get(page).cookie(owner))
			.andExpect(content().string(containsString("anonymizes the person&#39;s rows in place")))
			.andExpect(content().string(containsString("[erased]")))
			.andExpect(content().string(containsString("deletes the person&#39;s rows")));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder rule(
			Tenants.Tenant tenant, String base, String body) {
		return put(base).with(tenant.owner()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

}
