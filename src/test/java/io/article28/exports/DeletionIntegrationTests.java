package io.article28.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.StaffRole;
import io.article28.core.PageRequest;
import io.article28.trail.TrailEntry;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

/** The rules of asking for the account's deletion, and of restricting its processing. */
@IntegrationTest
class DeletionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TrailManagement trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletingWhileAnInvoiceIsUnpaidIsRefusedWithTheInvoiceNamed() throws Exception {
		String acme = accounts.organizationNamed("Acme Health SAS").orElseThrow().id().toString();
		mvc.perform(post("/api/v1/organizations/{org}/deletion", acme)
			.with(httpBasic("alice@acme-health.example", "article28-demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:article28:problem:unpaid-invoices"))
			.andExpect(jsonPath("$.detail", containsString("INV-2026-1017")))
			.andExpect(jsonPath("$.unpaidInvoices.length()").value(1))
			.andExpect(jsonPath("$.unpaidInvoices[0].number").value("INV-2026-1017"))
			.andExpect(jsonPath("$.unpaidInvoices[0].amountCents").value(52_500));
		mvc.perform(get("/api/v1/organizations/{org}/deletion", acme)
			.with(httpBasic("alice@acme-health.example", "article28-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scheduled").doesNotExist())
			.andExpect(jsonPath("$.unpaidInvoices[0].number").value("INV-2026-1017"));
	}

	@Test
	void onlyAnOwnerOfTheOrganizationAsksForItsDeletion() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		Tenants.Tenant other = tenants.create();
		mvc.perform(post("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.member()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenants.staff(StaffRole.ADMIN)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organizations/{org}/deletion", tenant.id()).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/deletion", tenant.id()).with(other.owner()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOwnerSchedulesTheDeletionForTheEndOfTheReturnPeriodOnceAndMayCancelIt() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		mvc.perform(delete("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.owner()))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.owner()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.purgeAfter").exists());
		mvc.perform(post("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.owner()))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scheduled.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.returnPeriodDays").value(30))
			.andExpect(jsonPath("$.unpaidInvoices.length()").value(0));

		mvc.perform(delete("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.member()))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.owner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		mvc.perform(get("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.owner()))
			.andExpect(jsonPath("$.scheduled").doesNotExist())
			.andExpect(jsonPath("$.history.length()").value(1));

		assertThat(actions(tenant)).contains("account.deletion-requested", "account.deletion-cancelled");
		assertThat(told(tenant, "account-deletion-scheduled")).containsExactlyInAnyOrder("EMAIL:" + tenant.ownerEmail(),
				"IN_APP:null");
		assertThat(told(tenant, "account-deletion-cancelled")).containsExactlyInAnyOrder("EMAIL:" + tenant.ownerEmail(),
				"IN_APP:null");
	}

	/**
	 * Who was told of it, as channel and recipient: the owners by mail, the account
	 * in-app.
	 */
	private java.util.List<String> told(Tenants.Tenant tenant, String kind) {
		return jdbc.sql("select channel, recipient from notification where organization_id = :org and kind = :kind")
			.param("org", tenant.organization().id().value())
			.param("kind", kind)
			.query((rs, row) -> rs.getString("channel") + ":" + rs.getString("recipient"))
			.list();
	}

	@Test
	void aRestrictedAccountGetsNoNewAppUntilItsOwnerLiftsTheRestriction() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		String app = "{\"name\":\"restricted-" + tenant.id().substring(0, 8) + "\",\"region\":\"osc-fr1\"}";
		mvc.perform(post("/api/v1/organizations/{org}/restriction", tenant.id()).with(tenant.member()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organizations/{org}/restriction", tenant.id()).with(tenant.owner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restricted").value(true));
		mvc.perform(post("/api/v1/organizations/{org}/restriction", tenant.id()).with(tenant.owner()))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/organizations/{org}/apps", tenant.id()).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(app))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("restricted")));

		mvc.perform(delete("/api/v1/organizations/{org}/restriction", tenant.id()).with(tenant.owner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.restricted").value(false));
		mvc.perform(post("/api/v1/organizations/{org}/apps", tenant.id()).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(app)).andExpect(status().isCreated());
		assertThat(actions(tenant)).contains("organization.restricted", "organization.restriction-lifted");
	}

	private java.util.List<String> actions(Tenants.Tenant tenant) {
		return trail.entries(TrailFilter.organization(tenant.organization().id()), PageRequest.of(0, 100))
			.items()
			.stream()
			.map(TrailEntry::action)
			.toList();
	}

}
