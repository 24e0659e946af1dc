package io.article28.subprocessors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages of audits: staff record one from the sub-processor's page, a customer's owner
 * asks for confirmation from its sub-processors pages, staff answer from the queue.
 */
@IntegrationTest
class SubprocessorAuditPagesWebTests {

	static final String DEMO_PASSWORD = "article28-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Test
	void staffRecordAnAuditFromThePageAndAFutureDateComesBackWithTheReason() throws Exception {
		UUID id = SubprocessorAuditIntegrationTests.subprocessor(json, mvc, tenants);
		Cookie dpo = SignIn.as(mvc, "dpo@nimbus.example", DEMO_PASSWORD);
		mvc.perform(post("/staff/subprocessors/{id}/audits", id).cookie(dpo)
			.with(csrf())
			.param("date", "2025-02-03")
			.param("auditor", "Audit Firm SA")
			.param("outcome", "One minor finding, fixed"))
			.andExpect(redirectedUrl("/staff/subprocessors/" + id + "/audits"))
			.andExpect(flash().attribute("notice", "subprocessors.audit.recorded"));
		mvc.perform(post("/staff/subprocessors/{id}/audits", id).cookie(dpo)
			.with(csrf())
			.param("date", "2999-01-01")
			.param("auditor", "internal")
			.param("outcome", "planned")).andExpect(flash().attributeExists("formError", "auditForm"));
		mvc.perform(get("/staff/subprocessors/{id}/audits", id).cookie(dpo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-02-03")))
			.andExpect(content().string(containsString("One minor finding, fixed")));
		mvc.perform(get("/staff/subprocessors").cookie(dpo))
			.andExpect(content().string(containsString("/staff/subprocessors/" + id + "/audits")));
	}

	@Test
	void anOwnerAsksFromThePageAMemberOnlyReadsAndStaffAnswerFromTheQueue() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		String question = "Page question " + UUID.randomUUID();
		UUID id = SubprocessorAuditIntegrationTests.subprocessor(json, mvc, tenants, "2024-05-06");
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get("/subprocessors/changes").cookie(owner))
			.andExpect(content().string(containsString("/subprocessors/audit-confirmations")));
		mvc.perform(post("/subprocessors/audit-confirmations").cookie(owner)
			.with(csrf())
			.param("subprocessorId", id.toString())
			.param("question", question))
			.andExpect(redirectedUrl("/subprocessors/audit-confirmations"))
			.andExpect(flash().attribute("notice", "subprocessors.confirmation.asked"));
		mvc.perform(get("/subprocessors/audit-confirmations").cookie(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ask for confirmation")))
			.andExpect(content().string(containsString(question)))
			.andExpect(content().string(containsString("Awaiting our answer")));
		Cookie member = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get("/subprocessors/audit-confirmations").cookie(member))
			.andExpect(content().string(not(containsString("name=\"question\""))))
			.andExpect(content().string(containsString(question)));
		mvc.perform(post("/subprocessors/audit-confirmations").cookie(member)
			.with(csrf())
			.param("subprocessorId", id.toString())).andExpect(status().isForbidden());

		Cookie dpo = SignIn.as(mvc, "dpo@nimbus.example", DEMO_PASSWORD);
		String queue = mvc.perform(get("/staff/subprocessors/audit-confirmations").param("status", "OPEN").cookie(dpo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(question)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String before = queue.substring(0, queue.indexOf(question));
		String confirmation = before.substring(before.lastIndexOf("id=\"confirmation-") + 17).substring(0, 36);
		mvc.perform(post("/staff/subprocessors/audit-confirmations/{id}/answer", confirmation).cookie(dpo)
			.with(csrf())
			.param("statement", "Page statement"))
			.andExpect(redirectedUrlPattern("/staff/subprocessors/audit-confirmations*"))
			.andExpect(flash().attribute("notice", "subprocessors.confirmation.answered"));
		mvc.perform(get("/subprocessors/audit-confirmations").cookie(member))
			.andExpect(content().string(containsString("Page statement")))
			.andExpect(content().string(containsString("2024-05-06")));
	}

}
