package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.core.PageRequest;
import io.article28.platform.PlatformManagement;

@IntegrationTest
class DashboardWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformManagement platform;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCustomerSeesItsOwnDashboardAndNothingOfAnotherTenant() throws Exception {
		var mine = tenants.create();
		var theirs = tenants.create();
		platform.registerApp(mine.organization().id(), "mine-" + mine.id().substring(0, 8), "osc-fr1", null);
		platform.registerApp(theirs.organization().id(), "theirs-" + theirs.id().substring(0, 8), "osc-fr1", null);
		Cookie session = SignIn.as(mvc, mine.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get("/dashboard").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.organization().name())))
			.andExpect(content().string(containsString("mine-" + mine.id().substring(0, 8))))
			.andExpect(content().string(containsString(mine.memberEmail())))
			.andExpect(content().string(not(containsString(theirs.organization().name()))))
			.andExpect(content().string(not(containsString("theirs-" + theirs.id().substring(0, 8)))));
		mvc.perform(get("/staff/organizations/" + theirs.id()).cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void signingInSendsEachPersonToItsOwnArea() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/").cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD)))
			.andExpect(redirectedUrl("/dashboard"));
		mvc.perform(get("/").cookie(SignIn.as(mvc, Tenants.ADMIN_EMAIL, Tenants.ADMIN_PASSWORD)))
			.andExpect(redirectedUrl("/staff"));
	}

	@Test
	void aWrongPasswordReturnsToTheLoginPageWithoutSayingWhy() throws Exception {
		mvc.perform(formLogin().user("alice@acme-health.example").password("not-it"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user("nobody@nowhere.example").password("not-it"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theOwnerSetsTheDpoContactFromTheDashboard() throws Exception {
		var tenant = tenants.create();
		Cookie session = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(post("/organizations/" + tenant.id() + "/dpo").cookie(session)
			.with(csrf())
			.param("name", "Dora Privacy")
			.param("email", "dora@tenant.example")).andExpect(redirectedUrl("/dashboard"));
		assertThat(accounts.organization(tenant.organization().id()).dpoContact())
			.hasValueSatisfying(contact -> assertThat(contact.name()).isEqualTo("Dora Privacy"));
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
		var tenant = tenants.create();
		Cookie session = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(post("/organizations/" + tenant.id() + "/dpo").cookie(session)
			.param("name", "Mallory")
			.param("email", "mallory@evil.example")).andExpect(status().isForbidden());
		assertThat(accounts.organization(tenant.organization().id()).dpoContact()).isEmpty();
	}

	@Test
	void anInvalidMemberComesBackWithTheFieldAndWritesNothing() throws Exception {
		var tenant = tenants.create();
		Cookie session = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(post("/organizations/" + tenant.id() + "/members").cookie(session)
			.with(csrf())
			.param("name", "New Person")
			.param("email", "broken-address")
			.param("role", "MEMBER")
			.param("password", Tenants.PASSWORD)).andExpect(redirectedUrl("/dashboard"));
		mvc.perform(get("/dashboard").cookie(session))
			.andExpect(content().string(containsString("must be a valid email address")));
		assertThat(accounts.members(tenant.organization().id(), PageRequest.of(0, 10)).totalItems()).isEqualTo(2);
	}

	@Test
	void pagesCarryAContentSecurityAndReferrerPolicy() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void staffSeeAnyOrganizationsDashboard() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/staff/organizations/" + tenant.id())
			.cookie(SignIn.as(mvc, Tenants.ADMIN_EMAIL, Tenants.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tenant.organization().name())));
	}

	@Test
	void staffPagesRender() throws Exception {
		Cookie session = SignIn.as(mvc, Tenants.ADMIN_EMAIL, Tenants.ADMIN_PASSWORD);
		for (String page : new String[] { "/staff", "/staff/organizations", "/staff/regions", "/staff/import",
				"/profile" }) {
			mvc.perform(get(page).cookie(session)).andExpect(status().isOk());
		}
	}

	@Test
	void healthIsPublic() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
	}

	@Test
	void theSessionLivesInTheDatabase() throws Exception {
		var tenant = tenants.create();
		SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", tenant.memberEmail())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		var tenant = tenants.create();
		Cookie session = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/dashboard").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theLoginFormIsLockedAfterFiveFailures() throws Exception {
		var tenant = tenants.create();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(tenant.ownerEmail()).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user(tenant.ownerEmail()).password(Tenants.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

}
