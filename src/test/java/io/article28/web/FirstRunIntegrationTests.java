package io.article28.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.SignIn;
import io.article28.TestDatabase;
import io.article28.Tenants;

/**
 * A fresh installation, without the demo data: only the first administrator exists. The
 * staff home page says what is missing before customers can be invited, and the
 * administrator can put each thing in place; the only active administrator cannot give up
 * its role.
 */
@SpringBootTest(properties = { "article28.demo=false", "article28.admin.password=" + Tenants.ADMIN_PASSWORD,
		"db-scheduler.enabled=false", "article28.data-dir=target/test-data" })
@AutoConfigureMockMvc
class FirstRunIntegrationTests {

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) {
		String url = TestDatabase.sharedDatabase("first_run");
		registry.add("spring.datasource.url", () -> url);
	}

	@Autowired
	MockMvc mvc;

	@Test
	void theChecklistSaysWhatIsMissingUntilTheProviderIsDescribedAndTheStaffHasEveryRole() throws Exception {
		Cookie session = SignIn.as(mvc, Tenants.ADMIN_EMAIL, Tenants.ADMIN_PASSWORD);
		mvc.perform(get("/staff").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some things are still missing")))
			.andExpect(content().string(containsString("Describe the provider")))
			.andExpect(content().string(containsString("Publish a DPA version")))
			.andExpect(content().string(containsString("Someone active with the role Data protection officer")));

		mvc.perform(post("/staff/provider").cookie(session)
			.with(csrf())
			.param("legalName", "Fresh Cloud SAS")
			.param("address", "1 rue Neuve, 75001 Paris")
			.param("registration", "RCS Paris 123 456 789")
			.param("dpoName", "Dana Po")
			.param("dpoEmail", "dpo@fresh.example")
			.param("supportEmail", "support@fresh.example")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/provider-profile").with(Tenants.staffAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.legalName").value("Fresh Cloud SAS"));
		mvc.perform(get("/staff").cookie(session))
			.andExpect(content().string(containsString("id=\"step-checklist.provider\" class=\"done\"")))
			.andExpect(content().string(containsString("Fresh Cloud SAS")));
	}

	@Test
	void theOnlyActiveAdministratorCannotGiveUpItsRole() throws Exception {
		String me = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/me").with(Tenants.staffAdmin()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(put("/api/v1/staff/{id}/roles", me).with(Tenants.staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"DPO\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].message", containsString("at least one active ADMIN must remain")));
		mvc.perform(get("/api/v1/me").with(Tenants.staffAdmin()))
			.andExpect(jsonPath("$.staffRoles[0]").value("ADMIN"))
			.andExpect(content().string(not(containsString("DPO"))));
	}

}
