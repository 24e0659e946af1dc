package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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
import io.article28.accounts.StaffRole;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's OWNER or ADMIN asks for confirmation of the last audit of a sub-processor;
 * the provider's DPOs answer once, with the last audit as the register has it then. Only
 * the organization and staff see the request.
 */
@IntegrationTest
class AuditConfirmationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAnswerRecordsTheLastAuditInTheRegisterAndTheCustomerIsTold() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		UUID subprocessor = SubprocessorAuditIntegrationTests.subprocessor(json, mvc, tenants, "2024-03-01");
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		mvc.perform(post("/api/v1/subprocessors/{id}/audits", subprocessor).with(dpo)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2025-01-10\",\"auditor\":\"internal\",\"outcome\":\"No finding\"}"))
			.andExpect(status().isCreated());

		String id = id(
				ask(tenant, tenant.owner(), subprocessor, "Was it audited this year?").andExpect(status().isCreated())
					.andExpect(jsonPath("$.status").value("OPEN"))
					.andExpect(jsonPath("$.question").value("Was it audited this year?")));
		mvc.perform(
				get("/api/v1/organizations/{org}/subprocessor-audit-confirmations", tenant.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.totalItems").value(1));
		mvc.perform(get("/api/v1/subprocessor-audit-confirmations").param("status", "OPEN").with(dpo))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].subprocessorId").value(subprocessor.toString()));

		answer(id, dpo, "Audited by our security team").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.auditRecorded").value(true))
			.andExpect(jsonPath("$.lastAudit").value("2025-01-10"))
			.andExpect(jsonPath("$.statement").value("Audited by our security team"));
		mvc.perform(get("/api/v1/organizations/{org}/subprocessor-audit-confirmations/{id}", tenant.id(), id)
			.with(tenant.member())).andExpect(jsonPath("$.lastAudit").value("2025-01-10"));
		assertThat(trail("subprocessor.audit-confirmation-requested", id)).isEqualTo(1);
		assertThat(trail("subprocessor.audit-confirmation-answered", id)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> told("subprocessor-audit-requested:" + id) > 0
					&& told("subprocessor-audit-answered:" + id) > 0);
		assertThat(
				jdbc.sql("select count(*) from notification where idempotency_key like :key and organization_id = :org")
					.param("key", "subprocessor-audit-answered:" + id + "%")
					.param("org", tenant.organization().id().value())
					.query(Long.class)
					.single())
			.isGreaterThan(1);
	}

	@Test
	void aRequestAlreadyAnsweredCannotBeAnsweredAgain() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		UUID subprocessor = SubprocessorAuditIntegrationTests.subprocessor(json, mvc, tenants);
		String id = id(ask(tenant, tenant.owner(), subprocessor, null).andExpect(status().isCreated()));
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		answer(id, dpo, "No audit is recorded yet").andExpect(status().isOk())
			.andExpect(jsonPath("$.auditRecorded").value(false))
			.andExpect(jsonPath("$.lastAudit").doesNotExist());
		answer(id, tenants.staff(StaffRole.ADMIN), "A second answer").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get("/api/v1/organizations/{org}/subprocessor-audit-confirmations/{id}", tenant.id(), id)
			.with(tenant.owner())).andExpect(jsonPath("$.statement").value("No audit is recorded yet"));
	}

	@Test
	void anotherTenantsRequestIsNotFound() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		Tenants.Tenant other = tenants.create();
		UUID subprocessor = SubprocessorAuditIntegrationTests.subprocessor(json, mvc, tenants);
		String id = id(ask(tenant, tenant.owner(), subprocessor, null).andExpect(status().isCreated()));
		mvc.perform(get("/api/v1/organizations/{org}/subprocessor-audit-confirmations/{id}", other.id(), id)
			.with(other.owner())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/subprocessor-audit-confirmations/{id}", tenant.id(), id)
			.with(other.owner())).andExpect(status().isNotFound());
		mvc.perform(
				get("/api/v1/organizations/{org}/subprocessor-audit-confirmations", tenant.id()).with(other.owner()))
			.andExpect(status().isNotFound());
		ask(tenant, other.owner(), subprocessor, null).andExpect(status().isNotFound());
	}

	@Test
	void aMemberMayNotAskAndOnlyTheDpoAndAdministratorsAnswer() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		UUID subprocessor = SubprocessorAuditIntegrationTests.subprocessor(json, mvc, tenants);
		ask(tenant, tenant.member(), subprocessor, null).andExpect(status().isForbidden());
		String id = id(ask(tenant, tenant.owner(), subprocessor, null).andExpect(status().isCreated()));
		answer(id, tenant.owner(), "I answer myself").andExpect(status().isForbidden());
		answer(id, tenants.staff(StaffRole.SUPPORT), "Support answers").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/subprocessor-audit-confirmations").with(tenant.owner()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRequestWithoutSubprocessorAndAnAnswerWithoutStatementAreRefusedWithTheField() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		ask(tenant, tenant.owner(), null, "Which?").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subprocessorId"));
		ask(tenant, tenant.owner(), UUID.randomUUID(), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subprocessorId"));
		UUID subprocessor = SubprocessorAuditIntegrationTests.subprocessor(json, mvc, tenants);
		String id = id(ask(tenant, tenant.owner(), subprocessor, null).andExpect(status().isCreated()));
		answer(id, tenants.staff(StaffRole.DPO), " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("statement"));
	}

	private ResultActions ask(Tenants.Tenant tenant, RequestPostProcessor who, UUID subprocessor, String question)
			throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("subprocessorId", subprocessor == null ? null : subprocessor.toString());
		body.put("question", question);
		return mvc.perform(post("/api/v1/organizations/{org}/subprocessor-audit-confirmations", tenant.id()).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	private ResultActions answer(String id, RequestPostProcessor who, String statement) throws Exception {
		return mvc.perform(post("/api/v1/subprocessor-audit-confirmations/{id}/answer", id).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("statement", statement))));
	}

	private String id(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString();
	}

	private long trail(String action, String id) {
		return jdbc.sql("select count(*) from trail_entry where action = :action and object_id = :id")
			.param("action", action)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private long told(String key) {
		return jdbc.sql("select count(*) from notification where idempotency_key like :key")
			.param("key", key + "%")
			.query(Long.class)
			.single();
	}

}
