package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.StaffRole;
import io.article28.core.LegalCalendar;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff record the audits of a sub-processor, dated today at the latest; their dates are
 * what the register, its JSON and the register of processing show.
 */
@IntegrationTest
class SubprocessorAuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	SubprocessorManagement register;

	@Autowired
	AccountManagement accounts;

	@Test
	void theDatesEnteredBeforeAuditsWereRecordedOneByOneAreStillShown() throws Exception {
		mvc.perform(get("/api/v1/subprocessors"))
			.andExpect(jsonPath("$[?(@.name == 'OUTSCALE')].audits[0]").value("2025-06-12"));
		UUID outscale = register.register()
			.stream()
			.filter(entry -> entry.subprocessor().name().equals("OUTSCALE"))
			.findFirst()
			.orElseThrow()
			.subprocessor()
			.id();
		mvc.perform(get("/api/v1/subprocessors/{id}/audits", outscale))
			.andExpect(jsonPath("$[?(@.date == '2025-06-12')]").exists());
		mvc.perform(get("/subprocessors"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("2025-06-12")));
	}

	@Test
	void anAuditDatedTodayIsRecordedAndOneDatedTomorrowRefused() throws Exception {
		UUID id = subprocessor(json, mvc, tenants, "2024-03-01");
		LocalDate today = LocalDate.ofInstant(clock.instant(), LegalCalendar.ZONE);
		record(id, tenants.staff(StaffRole.DPO), today.plusDays(1), "internal", "No finding")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		record(id, tenants.staff(StaffRole.ADMIN), today, "Audit Firm SA", "Two minor findings")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.date").value(today.toString()))
			.andExpect(jsonPath("$.auditor").value("Audit Firm SA"));
		mvc.perform(get("/api/v1/subprocessors/{id}/audits", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].date").value(today.toString()))
			.andExpect(jsonPath("$[0].outcome").value("Two minor findings"))
			.andExpect(jsonPath("$[1].date").value("2024-03-01"))
			.andExpect(jsonPath("$[1].auditor").doesNotExist());
		mvc.perform(get("/api/v1/subprocessors"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].audits[0]").value("2024-03-01"))
			.andExpect(jsonPath("$[?(@.id == '" + id + "')].audits[1]").value(today.toString()));
		assertThat(register.entry(id).subprocessor().lastAudit()).contains(today);
		UUID acme = accounts.organizationNamed("Acme Health SAS").orElseThrow().id().value();
		mvc.perform(get("/api/v1/register").param("organization", acme.toString()).with(tenants.staff(StaffRole.DPO)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(
					"$.contents.controllers[0].subprocessors[?(@.contact == 'dpo@audited.example' && @.lastAudit == '"
							+ today + "')]")
				.exists());
		assertThat(trail("subprocessor.audit-recorded", id)).isEqualTo(1);
	}

	@Test
	void anAuditWithoutAuditorIsRefusedWithTheField() throws Exception {
		UUID id = subprocessor(json, mvc, tenants);
		record(id, tenants.staff(StaffRole.DPO), LocalDate.of(2025, 1, 10), " ", "No finding")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("auditor"));
	}

	@Test
	void onlyTheDpoAndAdministratorsRecordAudits() throws Exception {
		UUID id = subprocessor(json, mvc, tenants);
		record(id, tenants.create().owner(), LocalDate.of(2025, 1, 10), "internal", "ok")
			.andExpect(status().isForbidden());
		record(id, tenants.staff(StaffRole.SUPPORT), LocalDate.of(2025, 1, 10), "internal", "ok")
			.andExpect(status().isForbidden());
		record(UUID.randomUUID(), tenants.staff(StaffRole.DPO), LocalDate.of(2025, 1, 10), "internal", "ok")
			.andExpect(status().isNotFound());
	}

	@Test
	void anAuditRecordedByMistakeIsRemovedAndLeavesATrail() throws Exception {
		UUID id = subprocessor(json, mvc, tenants);
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		long audit = json
			.readTree(record(id, dpo, LocalDate.of(2025, 1, 10), "internal", "typo").andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asLong();
		mvc.perform(delete("/api/v1/subprocessors/{id}/audits/{audit}", id, audit).with(tenants.create().owner()))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/subprocessors/{id}/audits/{audit}", id, audit).with(dpo))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/subprocessors/{id}/audits", id)).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(delete("/api/v1/subprocessors/{id}/audits/{audit}", id, audit).with(dpo))
			.andExpect(status().isNotFound());
		assertThat(trail("subprocessor.audit-removed", id)).isEqualTo(1);
	}

	private ResultActions record(UUID id, RequestPostProcessor who, LocalDate date, String auditor, String outcome)
			throws Exception {
		return mvc.perform(post("/api/v1/subprocessors/{id}/audits", id).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(
					java.util.Map.of("date", date.toString(), "auditor", auditor, "outcome", outcome))));
	}

	private long trail(String action, UUID subprocessor) {
		return jdbc.sql("select count(*) from trail_entry where action = :action and object_id = :id")
			.param("action", action)
			.param("id", subprocessor.toString())
			.query(Long.class)
			.single();
	}

	/** A new sub-processor in the register, entered with the audit dates. */
	static UUID subprocessor(JsonMapper json, MockMvc mvc, Tenants tenants, String... audits) throws Exception {
		String name = "Audited " + UUID.randomUUID().toString().substring(0, 8);
		String body = mvc
			.perform(post("/api/v1/subprocessors").with(tenants.staff(StaffRole.DPO))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(java.util.Map.of("name", name, "contact", "dpo@audited.example",
						"purpose", "Hosting", "legalBasis", "Contract", "dataCategories", "Logs", "country", "FR",
						"location", "Paris", "safeguard", "NONE", "audits", java.util.List.of(audits)))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(json.readTree(body).get("id").asString());
	}

}
