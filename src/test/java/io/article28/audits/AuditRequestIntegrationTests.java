package io.article28.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.accounts.StaffRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's audit plan meets the audit terms of its DPA (here the current version's,
 * since a fresh tenant signed none): the notice, the allowance per 12 months unless a
 * legal obligation is stated, a confidentiality agreement for a third party. The
 * provider's DPOs review it; only the organization's members and staff see it.
 */
@IntegrationTest
class AuditRequestIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPlanStartingADayBeforeTheNoticeIsRefusedAndOneOnItsLastDayAccepted() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		JsonNode rules = rules(tenant);
		int weeks = rules.get("noticeWeeks").asInt();
		LocalDate today = LocalDate.parse(rules.get("today").asString());
		LocalDate earliest = LocalDate.parse(rules.get("earliestStart").asString());
		assertThat(earliest).isEqualTo(today.plusDays(7L * weeks));

		submit(tenant, tenant.owner(), plan(earliest.minusDays(1), null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("proposedStart"));
		submit(tenant, tenant.owner(), plan(earliest, null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.proposedStart").value(earliest.toString()));
	}

	@Test
	void aSecondAuditWithinTwelveMonthsIsRefusedUnlessALegalObligationIsStated() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		assertThat(rules(tenant).get("auditsPer12Months").asInt()).isEqualTo(1);
		LocalDate first = LocalDate.parse(rules(tenant).get("earliestStart").asString());
		submit(tenant, tenant.owner(), plan(first, null)).andExpect(status().isCreated());

		JsonNode after = rules(tenant);
		assertThat(after.get("latestAuditStart").asString()).isEqualTo(first.toString());
		assertThat(after.get("limitedUntil").asString()).isEqualTo(first.plusMonths(12).toString());
		assertThat(after.get("earliestStartWithinAllowance").asString()).isEqualTo(first.plusMonths(12).toString());

		LocalDate second = first.plusMonths(12).minusDays(1);
		submit(tenant, tenant.owner(), plan(second, null)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("proposedStart"));
		submit(tenant, tenant.owner(), plan(second, "Our regulator requires a second audit this year"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.legalObligation").value("Our regulator requires a second audit this year"));
	}

	@Test
	void aThirdPartyWithoutAConfidentialityAgreementIsRefused() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		String start = rules(tenant).get("earliestStart").asString();
		submit(tenant, tenant.owner(),
				"""
						{"scope":"Hosting","proposedStart":"%s","durationDays":2,
						 "auditor":{"kind":"THIRD_PARTY","name":"Audit & Co","confidentialityAgreementSigned":false}}"""
					.formatted(start))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("auditor.confidentialityAgreementSigned"));
	}

	@Test
	void aMemberReadsButDoesNotSubmitAndAnotherTenantSeesNothing() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		Tenants.Tenant other = tenants.create();
		String start = rules(tenant).get("earliestStart").asString();
		submit(tenant, tenant.member(), plan(LocalDate.parse(start), null)).andExpect(status().isForbidden());
		String id = id(submit(tenant, tenant.owner(), plan(LocalDate.parse(start), null)));

		mvc.perform(get("/api/v1/organizations/{org}/audit-requests", tenant.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id));
		mvc.perform(get("/api/v1/organizations/{org}/audit-requests/{id}", tenant.id(), id).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/audit-requests/{id}", other.id(), id).with(other.owner()))
			.andExpect(status().isNotFound());
		submit(tenant, other.owner(), plan(LocalDate.parse(start), null)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/audit-requests").with(tenant.owner())).andExpect(status().isForbidden());
	}

	@Test
	void theProviderRaisesConcernsTheCustomerAnswersAndAThirdPartyIsAgreedWithItsAuditor() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		String start = rules(tenant).get("earliestStart").asString();
		String id = id(submit(tenant, tenant.owner(), """
				{"scope":"Backups","proposedStart":"%s","durationDays":2,
				 "auditor":{"kind":"THIRD_PARTY","name":"Audit & Co","confidentialityAgreementSigned":true}}"""
			.formatted(start)));
		mvc.perform(get("/api/v1/audit-requests").param("status", "SUBMITTED").param("size", "200").with(dpo))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].auditor.name").value("Audit & Co"));

		staff(dpo, id, "concerns", "{\"text\":\"Which backups exactly?\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONCERNS_RAISED"));
		mvc.perform(
				post("/api/v1/organizations/{org}/audit-requests/{id}/answers", tenant.id(), id).with(tenant.owner())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\":\"Those of app A\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.thread.length()").value(2));

		staff(dpo, id, "agreement", "{\"start\":\"%s\",\"durationDays\":2}".formatted(start))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("auditorAccepted"));
		staff(dpo, id, "agreement", "{\"start\":\"%s\",\"durationDays\":2,\"auditorAccepted\":true}".formatted(start))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.decision.agreedStart").value(start));
		staff(dpo, id, "refusal", "{\"reason\":\"too late\"}").andExpect(status().isConflict());

		assertThat(jdbc.sql("select count(*) from trail_entry where object_id = :id and action like 'audit.%'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from notification where idempotency_key like :key")
			.param("key", "audit-agreed:" + id + "%")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aCompetitorIsRefusedWithTheReasonAndTheRefusedPlanNoLongerCounts() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		String start = rules(tenant).get("earliestStart").asString();
		String id = id(submit(tenant, tenant.owner(), """
				{"scope":"Everything","proposedStart":"%s","durationDays":5,
				 "auditor":{"kind":"THIRD_PARTY","name":"Rival Cloud","confidentialityAgreementSigned":true}}"""
			.formatted(start)));
		staff(dpo, id, "refusal", "{\"competitor\":true}").andExpect(status().isBadRequest());
		staff(dpo, id, "refusal", "{\"reason\":\"The auditor sells hosting\",\"competitor\":true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUSED"))
			.andExpect(jsonPath("$.decision.competitor").value(true));
		mvc.perform(get("/api/v1/organizations/{org}/audit-requests/{id}", tenant.id(), id).with(tenant.member()))
			.andExpect(jsonPath("$.decision.refusalReason").value("The auditor sells hosting"));
		submit(tenant, tenant.owner(), plan(LocalDate.parse(start), null)).andExpect(status().isCreated());
	}

	private JsonNode rules(Tenants.Tenant tenant) throws Exception {
		return json.readTree(
				mvc.perform(get("/api/v1/organizations/{org}/audit-requests/rules", tenant.id()).with(tenant.member()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	private static String plan(LocalDate start, String legalObligation) {
		return """
				{"scope":"The hosting of our apps","proposedStart":"%s","durationDays":3,
				 "auditor":{"kind":"SELF"}%s}""".formatted(start,
				legalObligation == null ? "" : ",\"legalObligation\":\"" + legalObligation + "\"");
	}

	private ResultActions submit(Tenants.Tenant tenant, RequestPostProcessor who, String body) throws Exception {
		return mvc.perform(post("/api/v1/organizations/{org}/audit-requests", tenant.id()).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions staff(RequestPostProcessor who, String id, String step, String body) throws Exception {
		return mvc.perform(post("/api/v1/audit-requests/{id}/{step}", id, step).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String id(ResultActions created) throws Exception {
		return json.readTree(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
			.get("id")
			.asString();
	}

}
