package io.article28.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.article28.IntegrationTest;
import io.article28.Tenants;

@IntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenIsShownOnceStoredAsADigestAndWorksUntilRevoked() throws Exception {
		var tenant = tenants.create();
		String body = mvc
			.perform(post("/api/v1/me/tokens").with(tenant.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"deploy script\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		String id = JsonPath.read(body, "$.id");
		assertThat(token).startsWith("a28_").hasSizeGreaterThan(40);

		String stored = jdbc.sql("select token_digest from api_token where id = cast(:id as uuid)")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(ApiTokens.digest(token)).doesNotContain(token.substring(4));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(tenant.ownerEmail()));
		mvc.perform(get("/api/v1/me/tokens").with(tenant.owner()))
			.andExpect(jsonPath("$[0].name").value("deploy script"))
			.andExpect(jsonPath("$[0].token").doesNotExist());

		mvc.perform(delete("/api/v1/me/tokens/" + id).with(tenant.owner())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenActsWithItsOwnersRightsOnly() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		String token = JsonPath.read(mvc.perform(post("/api/v1/me/tokens").with(tenant.member())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"reader\"}")).andReturn().getResponse().getContentAsString(), "$.token");
		mvc.perform(get("/api/v1/organizations/" + tenant.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/organizations/" + other.id()).header("Authorization", "Bearer " + token))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUnknownTokenIsUnauthorized() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer a28_made-up"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void oneCannotRevokeAnotherPersonsToken() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		String id = JsonPath.read(mvc.perform(post("/api/v1/me/tokens").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"mine\"}")).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(delete("/api/v1/me/tokens/" + id).with(other.owner())).andExpect(status().isNotFound());
	}

}
