package io.article28.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.accounts.StaffRole;
import io.article28.core.Digests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the review: dates agreed against the allowance, assistance beyond the contract
 * quoted and approved in writing before the work starts, the start and the end, and the
 * reports, seen only by the organization and the provider's staff.
 */
@IntegrationTest
class AuditWorkIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void datesAgreedWithinTwelveMonthsOfAnotherAuditAreRefusedAndTheFirstDayAfterIsAgreed() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		LocalDate first = LocalDate.parse(rules(tenant).get("earliestStart").asString());
		submit(tenant, first, null);
		String second = submit(tenant, first.plusMonths(12), null);

		agree(dpo, second, first.plusMonths(12).minusDays(1)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("start"))
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(first.plusMonths(12).toString())));
		agree(dpo, second, first.plusMonths(12)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"));
	}

	@Test
	void aPlanStatingALegalObligationIsAgreedWithinTwelveMonths() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		LocalDate first = LocalDate.parse(rules(tenant).get("earliestStart").asString());
		submit(tenant, first, null);
		String second = submit(tenant, first.plusMonths(12), "The banking regulator requires it");
		agree(dpo, second, first.plusDays(1)).andExpect(status().isOk());
	}

	@Test
	void theCustomerApprovesTheQuoteInWritingBeforeTheAuditStarts() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		String id = agreedToday(tenant, dpo);

		JsonNode quoted = read(mvc
			.perform(post("/api/v1/audit-requests/{id}/fee-quotes", id).with(dpo)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assistance\":\"Two engineers on site for two days\",\"amount\":1800.5}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.quotes[0].status").value("PROPOSED"))
			.andExpect(jsonPath("$.quotes[0].amount").value(1800.5)));
		String quote = quoted.get("quotes").get(0).get("id").asString();
		String sha256 = quoted.get("quotes").get(0).get("sha256").asString();
		assertThat(sha256).isEqualTo(Digests.sha256Hex(quoted.get("quotes").get(0).get("wording").asString()));

		mvc.perform(post("/api/v1/audit-requests/{id}/start", id).with(dpo))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("written approval")));
		approve(tenant, tenant.member(), id, quote, "{\"approverName\":\"Mia\",\"approve\":true}")
			.andExpect(status().isForbidden());
		approve(tenant, tenant.owner(), id, quote, "{\"approverName\":\"Alice Martin\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("approve"));
		approve(tenant, tenant.owner(), id, quote, "{\"approverName\":\"Alice Martin\",\"approve\":true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.quotes[0].status").value("APPROVED"))
			.andExpect(jsonPath("$.quotes[0].approverName").value("Alice Martin"));
		approve(tenant, tenant.owner(), id, quote, "{\"approverName\":\"Alice Martin\",\"approve\":true}")
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select approved_sha256 from audit_fee_quote where id = :id")
			.param("id", java.util.UUID.fromString(quote))
			.query(String.class)
			.single()).isEqualTo(sha256);

		mvc.perform(post("/api/v1/audit-requests/{id}/start", id).with(dpo))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		mvc.perform(post("/api/v1/audit-requests/{id}/completion", id).with(dpo))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.work.completedAt").isNotEmpty());
		assertThat(jdbc.sql("""
				select action from trail_entry where object_id = :id and action like 'audit.%' order by sequence""")
			.param("id", id)
			.query(String.class)
			.list()).containsSubsequence("audit.agreed", "audit.fee-quoted", "audit.fee-quote-approved",
					"audit.started", "audit.completed");
	}

	@Test
	void aQuoteTheAuditDoesNotHoldIsNotFoundEvenOnceTheAuditHasStarted() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		String id = agreedToday(tenant, dpo);
		mvc.perform(post("/api/v1/audit-requests/{id}/start", id).with(dpo)).andExpect(status().isOk());
		String unknown = java.util.UUID.randomUUID().toString();
		approve(tenant, tenant.owner(), id, unknown, "{\"approverName\":\"Alice Martin\",\"approve\":true}")
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/organizations/{org}/audit-requests/{id}/fee-quotes/{quote}/refusal", tenant.id(), id,
				unknown)
			.with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Too dear\"}")).andExpect(status().isNotFound());
	}

	@Test
	void anotherTenantsPathIsNotFoundWhateverTheBody() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		Tenants.Tenant other = tenants.create();
		String id = java.util.UUID.randomUUID().toString();
		String quote = java.util.UUID.randomUUID().toString();
		for (String body : new String[] { "{not json", "{\"approverName\":42}", "{}" }) {
			approve(tenant, other.owner(), id, quote, body).andExpect(status().isNotFound());
		}
		mvc.perform(post("/api/v1/organizations/{org}/audit-requests", tenant.id()).with(other.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"durationDays\":\"three\"}")).andExpect(status().isNotFound());
	}

	@Test
	void reportsAreReadByTheOrganizationAndTheStaffOnlyOnceTheAuditHasStarted() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		Tenants.Tenant other = tenants.create();
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		String id = agreedToday(tenant, dpo);
		byte[] bytes = "%PDF-1.7 findings".getBytes(StandardCharsets.UTF_8);
		MockMultipartFile file = new MockMultipartFile("file", "C:\\audit\\report.pdf", "application/pdf", bytes);

		mvc.perform(multipart("/api/v1/organizations/{org}/audit-requests/{id}/reports", tenant.id(), id).file(file)
			.with(tenant.owner()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(post("/api/v1/audit-requests/{id}/start", id).with(dpo)).andExpect(status().isOk());

		String report = read(mvc
			.perform(multipart("/api/v1/organizations/{org}/audit-requests/{id}/reports", tenant.id(), id).file(file)
				.with(tenant.owner()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("report.pdf"))
			.andExpect(jsonPath("$.side").value("CUSTOMER"))).get("id").asString();
		mvc.perform(multipart("/api/v1/organizations/{org}/audit-requests/{id}/reports", tenant.id(), id).file(file)
			.with(tenant.member())).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/audit-requests/{id}/reports", id)
			.file(new MockMultipartFile("file", "answer.txt", "text/plain", "our answer".getBytes()))
			.with(dpo)).andExpect(status().isCreated()).andExpect(jsonPath("$.side").value("PROVIDER"));

		mvc.perform(
				get("/api/v1/organizations/{org}/audit-requests/{id}/reports", tenant.id(), id).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/organizations/{org}/audit-requests/{id}/reports/{report}", tenant.id(), id, report)
			.with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-SHA256", Digests.sha256Hex(bytes)))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(content().bytes(bytes));
		mvc.perform(get("/api/v1/audit-requests/{id}/reports/{report}", id, report).with(dpo))
			.andExpect(status().isOk())
			.andExpect(content().bytes(bytes));
		mvc.perform(get("/api/v1/organizations/{org}/audit-requests/{id}/reports/{report}", other.id(), id, report)
			.with(other.owner())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/audit-requests/{id}/reports/{report}", id, report).with(tenant.owner()))
			.andExpect(status().isForbidden());
		mvc.perform(
				get("/api/v1/audit-requests/{id}/reports/{report}", id, report).with(tenants.staff(StaffRole.SUPPORT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theStaffQueueNamesTheOrganization() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		String id = submit(tenant, LocalDate.parse(rules(tenant).get("earliestStart").asString()), null);
		mvc.perform(get("/api/v1/audit-requests/{id}", id).with(tenants.staff(StaffRole.DPO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organizationName").value(tenant.organization().name()));
	}

	private String agreedToday(Tenants.Tenant tenant, RequestPostProcessor dpo) throws Exception {
		JsonNode rules = rules(tenant);
		String id = submit(tenant, LocalDate.parse(rules.get("earliestStart").asString()), null);
		agree(dpo, id, LocalDate.parse(rules.get("today").asString())).andExpect(status().isOk());
		return id;
	}

	private ResultActions approve(Tenants.Tenant tenant, RequestPostProcessor who, String id, String quote, String body)
			throws Exception {
		return mvc.perform(post("/api/v1/organizations/{org}/audit-requests/{id}/fee-quotes/{quote}/approval",
				tenant.id(), id, quote)
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions agree(RequestPostProcessor dpo, String id, LocalDate start) throws Exception {
		return mvc.perform(post("/api/v1/audit-requests/{id}/agreement", id).with(dpo)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"start\":\"%s\",\"durationDays\":2}".formatted(start)));
	}

	private String submit(Tenants.Tenant tenant, LocalDate start, String legalObligation) throws Exception {
		return read(mvc
			.perform(post("/api/v1/organizations/{org}/audit-requests", tenant.id()).with(tenant.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"scope":"The hosting of our apps","proposedStart":"%s","durationDays":3,
						 "auditor":{"kind":"SELF"}%s}""".formatted(start,
						legalObligation == null ? "" : ",\"legalObligation\":\"" + legalObligation + "\"")))
			.andExpect(status().isCreated())).get("id").asString();
	}

	private JsonNode rules(Tenants.Tenant tenant) throws Exception {
		return read(
				mvc.perform(get("/api/v1/organizations/{org}/audit-requests/rules", tenant.id()).with(tenant.member()))
					.andExpect(status().isOk()));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
