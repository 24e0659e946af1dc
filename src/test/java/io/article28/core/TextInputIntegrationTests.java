package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.article28.IntegrationTest;
import io.article28.Tenants;

/**
 * A control or formatting character in any text that comes in is a 400 naming the field,
 * on the anonymous endpoints and the staff ones, in JSON, query and form parameters
 * alike, and nothing is written (PostgreSQL answered a NUL with a 500 before).
 */
@IntegrationTest
class TextInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNulInAPublicRightsRequestIsRefusedWithTheFieldAndNothingIsKept() throws Exception {
		long before = count("rights_request");
		refused(mvc.perform(post("/api/v1/public/requests").contentType(MediaType.APPLICATION_JSON).content("""
				{"app":"acme-patient-portal","right":"ACCESS","email":"someone@example.org",
				 "details":"What do you hold\\u0000 about me?"}""")), "details");
		assertThat(count("rights_request")).isEqualTo(before);
	}

	@Test
	void aNulInASubscriptionAddressIsRefusedWithTheField() throws Exception {
		long before = count("subprocessor_subscription");
		refused(mvc.perform(post("/api/v1/subprocessor-subscriptions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"someone\\u0000@example.org\"}")), "email");
		assertThat(count("subprocessor_subscription")).isEqualTo(before);
	}

	@Test
	void aBidiOverrideInAListItemOfAStaffBodyIsRefusedWithItsPath() throws Exception {
		String code = "text-" + UUID.randomUUID().toString().substring(0, 8);
		refused(mvc.perform(put("/api/v1/regions/{code}", code).with(Tenants.staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"infrastructureProvider":"Provider","providerRegion":"eu-1",
					 "datacenters":["Paris","Lyon\\u202Egpj.exe"],"backupLocation":"Lille"}""")), "datacenters[1]");
		assertThat(jdbc.sql("select count(*) from region where code = :code")
			.param("code", code)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aControlCharacterInAQueryParameterIsRefusedWithTheParameter() throws Exception {
		refused(mvc.perform(get("/api/v1/public/requests/{id}", UUID.randomUUID()).param("token", "abc\u0007")),
				"token");
	}

	@Test
	void aControlCharacterInAFormFieldShowsThePageOfRefusalsNamingTheField() throws Exception {
		long before = count("subprocessor_subscription");
		mvc.perform(post("/subprocessors/subscriptions").param("email", "someone@example.org\u0000").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("email: ")))
			.andExpect(content().string(containsString("U+0000")));
		assertThat(count("subprocessor_subscription")).isEqualTo(before);
	}

	@Test
	void aLineBreakInAnOrganizationNameIsRefusedWithTheFieldAndNothingIsKept() throws Exception {
		long before = count("organization");
		mvc.perform(post("/api/v1/organizations").with(Tenants.staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Acme\\nBcc: someone@example.org","billingEmail":"billing@acme.example"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("must be a single line, without line breaks or tabs"));
		assertThat(count("organization")).isEqualTo(before);
	}

	private static void refused(ResultActions result, String field) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", containsString("U+")));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
