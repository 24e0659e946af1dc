package io.article28.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataStore;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;

/**
 * The owner searches by the API (counts only) or on the page (a masked preview), from a
 * rights request whose confirmed address is prefilled; members and the provider's staff
 * may not look at the data; a search without an identity is refused naming the field.
 */
@IntegrationTest
class PersonSearchWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	PlatformManagement platform;

	@Autowired
	Requesters requesters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApiCountsThePersonsRowsForItsOwnersOnly() throws Exception {
		var tenant = tenants.create();
		stores.discoveredShop(tenant);
		String path = "/api/v1/organizations/" + tenant.id() + "/data-stores/search";
		String body = "{\"identities\":[\"Hugo.Bernard@example.fr\"]}";
		mvc.perform(post(path).with(tenant.owner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stores[0].status").value("SEARCHED"))
			.andExpect(jsonPath("$.stores[0].tables[?(@.table == 'public.customers')].rows").value(1))
			.andExpect(jsonPath("$.stores[0].tables[?(@.table == 'public.orders')].path[0]")
				.value("public.orders.customer_id → public.customers.id"))
			.andExpect(jsonPath("$.stores[0].tables[0].preview").doesNotExist())
			.andExpect(content().string(not(containsString("Bernard"))));
		mvc.perform(post(path).with(tenant.member()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post(path).with(Tenants.staffAdmin()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post(path).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"identities\":[\" \"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("identities"));
		mvc.perform(post(path).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"identities\":[\"x\"],\"appId\":\"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOwnerFindsTheRequesterFromItsRequestAndSeesTheRowsMasked() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		String app = platform.app(store.appId()).orElseThrow().name();
		String requester = "lea.moreau@example.fr";
		UUID request = requesters.access(app, requester).id();

		String page = "/organizations/" + tenant.id() + "/data-stores/search";
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get(page).param("request", request.toString()).cookie(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + requester + "</textarea>")));
		mvc.perform(post(page).cookie(owner)
			.with(csrf())
			.param("identities", requester)
			.param("requestId", request.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("row(s) belong to this person")))
			.andExpect(content().string(containsString("l•••@e•••.fr")))
			.andExpect(content().string(containsString("public.order_lines.order_id → public.orders.id")))
			.andExpect(content().string(not(containsString("Léa Moreau"))));
		assertThat(jdbc.sql("""
				select count(*) from trail_entry where action = 'datarights.searched' and object_type = 'rights-request'
				  and object_id = :request""").param("request", request.toString()).query(Long.class).single())
			.isEqualTo(1);
		mvc.perform(get(page).param("request", request.toString()).cookie(owner))
			.andExpect(content().string(containsString("What was done on the data for this request")))
			.andExpect(content().string(containsString("searched")))
			.andExpect(content().string(containsString("row(s))")));
		mvc.perform(post(page).cookie(owner).with(csrf()).param("identities", "someone@else.example"))
			.andExpect(content().string(containsString("No row of the data stores belongs to this person.")));
		mvc.perform(get(page).cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

}
