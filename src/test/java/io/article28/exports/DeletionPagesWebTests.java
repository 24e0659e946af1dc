package io.article28.exports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;

@IntegrationTest
class DeletionPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Test
	void anOwnerSchedulesTheDeletionSeesThePurgeDateOnEveryPageAndCancels() throws Exception {
		var tenant = tenants.create();
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get(page(tenant)).cookie(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"request-deletion\"")))
			.andExpect(content().string(containsString("30 days")));

		mvc.perform(post("/data/deletion").param("confirm", "true").cookie(owner).with(csrf()))
			.andExpect(redirectedUrl(page(tenant) + "#deletion"));
		mvc.perform(get("/dashboard").cookie(owner))
			.andExpect(content().string(containsString("id=\"deletion-banner\"")))
			.andExpect(content().string(containsString("This account will be deleted on")));
		mvc.perform(get(page(tenant)).cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD)))
			.andExpect(content().string(containsString("id=\"deletion-banner\"")))
			.andExpect(content().string(not(containsString("id=\"cancel-deletion\""))));

		mvc.perform(post("/data/deletion/cancel").cookie(owner).with(csrf()))
			.andExpect(redirectedUrl(page(tenant) + "#deletion"));
		mvc.perform(get(page(tenant)).cookie(owner))
			.andExpect(content().string(not(containsString("id=\"deletion-banner\""))))
			.andExpect(content().string(containsString("Cancelled")));
	}

	@Test
	void anUnpaidInvoiceIsNamedAndNoDeletionCanBeAsked() throws Exception {
		String acme = "/organizations/" + accounts.organizationNamed("Acme Health SAS").orElseThrow().id() + "/data";
		Cookie alice = SignIn.as(mvc, "alice@acme-health.example", "article28-demo");
		mvc.perform(get(acme).cookie(alice))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("INV-2026-1017")))
			.andExpect(content().string(not(containsString("id=\"request-deletion\""))));
		mvc.perform(post("/data/deletion").param("confirm", "true").cookie(alice).with(csrf()))
			.andExpect(redirectedUrl(acme + "#deletion"));
		mvc.perform(get(acme).cookie(alice))
			.andExpect(content().string(containsString("cannot be deleted while invoices are unpaid: INV-2026-1017")));
	}

	@Test
	void aMemberSeesWhatDeletionMeansButOnlyOwnersAct() throws Exception {
		var tenant = tenants.create();
		Cookie member = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get(page(tenant)).cookie(member))
			.andExpect(content().string(containsString("Only an owner of the organization can delete the account.")));
		mvc.perform(post("/data/deletion").param("confirm", "true").cookie(member).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private static String page(Tenants.Tenant tenant) {
		return "/organizations/" + tenant.id() + "/data";
	}

	@Test
	void anOwnerRestrictsProcessingAndEveryPageSaysSo() throws Exception {
		var tenant = tenants.create();
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(post("/data/restriction").cookie(owner).with(csrf()))
			.andExpect(redirectedUrl(page(tenant) + "#restriction"));
		mvc.perform(get("/dashboard").cookie(owner))
			.andExpect(content().string(containsString("Processing of this account is restricted")));
		mvc.perform(post("/data/restriction/lift").cookie(owner).with(csrf()))
			.andExpect(redirectedUrl(page(tenant) + "#restriction"));
		mvc.perform(get("/dashboard").cookie(owner))
			.andExpect(content().string(not(containsString("Processing of this account is restricted"))));
	}

}
