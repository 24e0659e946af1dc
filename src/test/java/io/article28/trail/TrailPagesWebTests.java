package io.article28.trail;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.User;
import io.article28.core.PageRequest;

@IntegrationTest
class TrailPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TrailManagement trail;

	@Test
	void aCustomerSeesItsOwnTrailOnly() throws Exception {
		var mine = tenants.create();
		var theirs = tenants.create();
		Cookie session = SignIn.as(mvc, mine.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get("/trail").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("member.added")))
			.andExpect(content().string(containsString("/api/v1/organizations/" + mine.id() + "/trail/export")))
			.andExpect(content().string(not(containsString(theirs.id()))));
	}

	@Test
	void theTrailNamesWhoActedAndOnWhomWithTheActionInWordsAndLeavesDeliveriesOutUnlessAsked() throws Exception {
		var tenant = tenants.create();
		Map<String, String> names = accounts.members(tenant.organization().id(), PageRequest.of(0, 10))
			.items()
			.stream()
			.collect(Collectors.toMap(user -> user.email().value(), User::name));
		trail.record(TrailRecord.of("notification.kept", tenant.organization().id(), "notification", "42"));
		Cookie session = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get("/trail").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Member added")))
			.andExpect(content().string(containsString("Person: " + names.get(tenant.memberEmail()))))
			.andExpect(content().string(not(containsString("notification.kept"))));
		mvc.perform(get("/trail").param("deliveries", "true").cookie(session))
			.andExpect(content().string(containsString("Notification kept (no mail server)")));
		// the API and the exports keep every entry: an auditor recomputes the chain from
		// them
		mvc.perform(get("/api/v1/organizations/{org}/trail", tenant.id()).with(tenant.member()))
			.andExpect(content().string(containsString("notification.kept")));
	}

	@Test
	void aBadFilterIsExplainedOnThePage() throws Exception {
		var tenant = tenants.create();
		Cookie session = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get("/trail?from=2026-03-01&to=2026-02-01").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must not be before from")));
	}

	@Test
	void staffVerifyTheChainFromTheTrailPage() throws Exception {
		Cookie session = SignIn.as(mvc, Tenants.ADMIN_EMAIL, Tenants.ADMIN_PASSWORD);
		mvc.perform(get("/staff/trail?verify=true").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The chain is intact")));
	}

	@Test
	void customersCannotOpenTheStaffTrail() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/staff/trail").cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD)))
			.andExpect(status().isForbidden());
	}

}
