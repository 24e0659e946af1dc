package io.article28.accounts;

import static io.article28.Tenants.staffAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.PageRequest;

@IntegrationTest
class OrganizationApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Test
	void staffAdminCreatesAnOrganization() throws Exception {
		String name = "Created " + UUID.randomUUID();
		mvc.perform(post("/api/v1/organizations").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"billingEmail\":\"Billing@Example.com\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/organizations/")))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.billingEmail").value("billing@example.com"));
	}

	@Test
	void customersAreRefusedStaffEndpoints() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Sneaky\",\"billingEmail\":\"a@b.example\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/organizations").with(tenant.owner())).andExpect(status().isForbidden());
	}

	@Test
	void anotherTenantsOrganizationAnswersExactlyAsAMissingOne() throws Exception {
		var mine = tenants.create();
		var theirs = tenants.create();
		String foreign = mvc.perform(get("/api/v1/organizations/" + theirs.id() + "/members").with(mine.owner()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String missing = mvc.perform(get("/api/v1/organizations/" + UUID.randomUUID() + "/members").with(mine.owner()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(foreign.replace(theirs.id(), "ID")).isEqualTo(missing.replaceAll("[0-9a-f-]{36}", "ID"));
		mvc.perform(put("/api/v1/organizations/" + theirs.id() + "/dpo").with(mine.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Eve\",\"email\":\"eve@evil.example\"}")).andExpect(status().isNotFound());
		assertThat(accounts.organization(theirs.organization().id()).dpoContact()).isEmpty();
	}

	@Test
	void ownerKeepsTheDpoContactCurrent() throws Exception {
		var tenant = tenants.create();
		mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/dpo").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Dana Protect\",\"email\":\"dpo@tenant.example\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dpo.email").value("dpo@tenant.example"));
		mvc.perform(get("/api/v1/organizations/" + tenant.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dpo.name").value("Dana Protect"));
	}

	@Test
	void aMemberMayReadButNotChangeTheDpoContact() throws Exception {
		var tenant = tenants.create();
		mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/dpo").with(tenant.member())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Dana\",\"email\":\"dpo@tenant.example\"}")).andExpect(status().isForbidden());
	}

	@Test
	void ownerAddsAMemberAndListsThem() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + tenant.id() + "/members").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(member("new-" + UUID.randomUUID() + "@tenant.example", "ADMIN")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("ADMIN"))
			.andExpect(jsonPath("$.canExport").value(true))
			.andExpect(jsonPath("$.password").doesNotExist());
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/members").with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(1))
			.andExpect(jsonPath("$.items.length()").value(3));
	}

	@Test
	void aDuplicateMemberIsAConflictAndWritesNothing() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + tenant.id() + "/members").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(member(tenant.memberEmail(), "MEMBER")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		assertThat(accounts.members(tenant.organization().id(), PageRequest.of(0, 10)).totalItems()).isEqualTo(2);
	}

	@Test
	void anUnknownRoleIsRefusedNamingTheField() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + tenant.id() + "/members").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(member("x-" + UUID.randomUUID() + "@tenant.example", "EMPEROR")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("role"))
			.andExpect(jsonPath("$.detail").value(containsString("OWNER")));
	}

	@Test
	void aMissingOrInvalidEmailIsRefusedNamingTheField() throws Exception {
		var tenant = tenants.create();
		String uri = "/api/v1/organizations/" + tenant.id() + "/members";
		mvc.perform(post(uri).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"No Mail\",\"role\":\"MEMBER\",\"password\":\"long-enough-pass\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(post(uri).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(member("not-an-address", "MEMBER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		assertThat(accounts.members(tenant.organization().id(), PageRequest.of(0, 10)).totalItems()).isEqualTo(2);
	}

	@Test
	void aShortPasswordIsRefused() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + tenant.id() + "/members").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"s-" + UUID.randomUUID() + "@t.example\",\"name\":\"S\",\"role\":\"MEMBER\","
					+ "\"password\":\"" + "x".repeat(AccountManagement.MIN_PASSWORD_LENGTH - 1) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void anAdminMayNotMakeSomeoneOwner() throws Exception {
		var tenant = tenants.create();
		String adminEmail = "admin-" + UUID.randomUUID() + "@tenant.example";
		accounts.addMember(tenant.organization().id(),
				new NewMember(adminEmail, "Adm", OrganizationRole.ADMIN, false, Tenants.PASSWORD), null);
		mvc.perform(
				post("/api/v1/organizations/" + tenant.id() + "/members").with(httpBasic(adminEmail, Tenants.PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(member("o-" + UUID.randomUUID() + "@tenant.example", "OWNER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/organizations").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Broken\", "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
	}

	@Test
	void aBodyOverOneMebibyteIsRefusedBeforeParsing() throws Exception {
		String name = "Huge " + UUID.randomUUID();
		String padding = " ".repeat(1024 * 1024);
		mvc.perform(post("/api/v1/organizations").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"billingEmail\":\"a@b.example\"}" + padding))
			.andExpect(status().isContentTooLarge());
		assertThat(accounts.organizationNamed(name)).isEmpty();
	}

	@Test
	void aBodyOfExactlyOneMebibyteIsAccepted() throws Exception {
		String name = "Edge " + UUID.randomUUID();
		String json = "{\"name\":\"" + name + "\",\"billingEmail\":\"a@b.example\"}";
		String padding = " ".repeat(1024 * 1024 - json.length());
		mvc.perform(post("/api/v1/organizations").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json + padding)).andExpect(status().isCreated());
	}

	@Test
	void wrongCredentialsAnswer401WithoutSayingWhichPartWasWrong() throws Exception {
		var tenant = tenants.create();
		String wrongPassword = mvc.perform(get("/api/v1/me").with(httpBasic(tenant.ownerEmail(), "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknownUser = mvc.perform(get("/api/v1/me").with(httpBasic("nobody@nowhere.example", "whatever-pass")))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrongPassword).isEqualTo(unknownUser);
	}

	@Test
	void withoutCredentialsTheApiAnswers401() throws Exception {
		mvc.perform(get("/api/v1/regions"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static String member(String email, String role) {
		return "{\"email\":\"" + email + "\",\"name\":\"Someone\",\"role\":\"" + role
				+ "\",\"canExport\":true,\"password\":\"" + Tenants.PASSWORD + "\"}";
	}

}
