package io.article28.audits;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.Tenants.Tenant;
import io.article28.accounts.OrganizationId;

/**
 * The customer sees the earliest start before submitting, is told why a plan is refused,
 * submits one and sees it; the DPO raises a concern, the customer answers, the DPO agrees
 * the dates; members read without forms.
 */
@IntegrationTest
class AuditPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AuditManagement audits;

	@Test
	void theCustomerSeesTheRulesSubmitsAPlanAndTheDpoReviewsIt() throws Exception {
		Tenant tenant = tenants.create();
		OrganizationId organization = tenant.organization().id();
		LocalDate earliest = audits.rules(organization).earliestStart();
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get("/audits").cookie(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the earliest start is " + earliest)))
			.andExpect(content().string(containsString("No earlier audit limits a new one.")))
			.andExpect(content().string(containsString("href=\"/audits\"")));

		mvc.perform(plan(owner, earliest.minusDays(1)))
			.andExpect(redirectedUrl("/audits"))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=proposedStart"))));
		mvc.perform(plan(owner, earliest))
			.andExpect(redirectedUrl("/audits"))
			.andExpect(flash().attribute("notice", "audits.submitted"));
		mvc.perform(get("/audits").cookie(owner))
			.andExpect(content().string(containsString("Pages audit scope")))
			.andExpect(content().string(containsString("Waiting for our review")))
			.andExpect(content().string(containsString("counts until " + earliest.plusMonths(12))));

		var request = audits.requests(organization).get(0);
		Cookie dpo = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/audits").param("status", "SUBMITTED").param("page", "0").cookie(dpo))
			.andExpect(status().isOk());
		mvc.perform(post("/staff/audits/{id}/concerns", request.id()).cookie(dpo)
			.with(csrf())
			.param("text", "Which apps are in scope?")).andExpect(flash().attribute("notice", "audits.concernsRaised"));
		mvc.perform(get("/audits").cookie(owner))
			.andExpect(content().string(containsString("Which apps are in scope?")))
			.andExpect(content().string(containsString("Send the answer")));
		mvc.perform(post("/audits/{id}/answers", request.id()).cookie(owner).with(csrf()).param("text", "App A"))
			.andExpect(flash().attribute("notice", "audits.answered"));
		mvc.perform(post("/staff/audits/{id}/agreement", request.id()).cookie(dpo)
			.with(csrf())
			.param("start", earliest.toString())
			.param("durationDays", "2")).andExpect(flash().attribute("notice", "audits.agreed"));

		Cookie member = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get("/audits").cookie(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(earliest + ", 2 days")))
			.andExpect(content().string(not(containsString("Submit the plan"))));
		mvc.perform(get("/staff/audits").cookie(owner)).andExpect(status().isForbidden());
	}

	@Test
	void theStaffQuoteIsApprovedInWritingOnTheCustomersPageAndReportsAreAttachedOnceStarted() throws Exception {
		Tenant tenant = tenants.create();
		OrganizationId organization = tenant.organization().id();
		AuditRules rules = audits.rules(organization);
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(plan(owner, rules.earliestStart())).andExpect(flash().attribute("notice", "audits.submitted"));
		var request = audits.requests(organization).get(0);
		Cookie dpo = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		mvc.perform(post("/staff/audits/{id}/agreement", request.id()).cookie(dpo)
			.with(csrf())
			.param("start", rules.today().toString())
			.param("durationDays", "2")).andExpect(redirectedUrl("/staff/audits/" + request.id()));
		mvc.perform(post("/staff/audits/{id}/fee-quotes", request.id()).cookie(dpo)
			.with(csrf())
			.param("assistance", "Pages on-site help")
			.param("amount", "12,5x"))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=amount"))));
		mvc.perform(post("/staff/audits/{id}/fee-quotes", request.id()).cookie(dpo)
			.with(csrf())
			.param("assistance", "Pages on-site help")
			.param("amount", "950,50")).andExpect(flash().attribute("notice", "audits.quoted"));
		mvc.perform(get("/staff/audits/{id}", request.id()).cookie(dpo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tenant.organization().name())))
			.andExpect(content().string(containsString("950.50 EUR")))
			.andExpect(content().string(containsString("the audit cannot start before it is answered")));
		mvc.perform(post("/staff/audits/{id}/start", request.id()).cookie(dpo).with(csrf()))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("written approval"))));

		mvc.perform(get("/audits").cookie(owner))
			.andExpect(content().string(containsString("Approve in writing")))
			.andExpect(content().string(containsString("Pages on-site help")));
		FeeQuote quote = audits.request(request.id()).pendingQuote().orElseThrow();
		mvc.perform(post("/audits/{id}/fee-quotes/{q}/approval", request.id(), quote.id()).cookie(owner)
			.with(csrf())
			.param("approverName", "Alice Martin")
			.param("approve", "true")).andExpect(flash().attribute("notice", "audits.quoteApproved"));
		mvc.perform(post("/staff/audits/{id}/start", request.id()).cookie(dpo).with(csrf()))
			.andExpect(flash().attribute("notice", "audits.started"));
		mvc.perform(multipart("/audits/{id}/reports", request.id())
			.file(new MockMultipartFile("file", "pages-report.pdf", "application/pdf", new byte[] { 1, 2, 3 }))
			.cookie(owner)
			.with(csrf())).andExpect(flash().attribute("notice", "audits.reportAttached"));
		mvc.perform(get("/audits").cookie(owner))
			.andExpect(content().string(containsString("by Alice Martin")))
			.andExpect(content().string(containsString("pages-report.pdf")));
		String report = audits.reports(request.id()).get(0).id().toString();
		mvc.perform(get("/audits/{id}/reports/{r}", request.id(), report).cookie(owner))
			.andExpect(status().isOk())
			.andExpect(content().bytes(new byte[] { 1, 2, 3 }));
		mvc.perform(get("/staff/audits/{id}/reports/{r}", request.id(), report).cookie(dpo)).andExpect(status().isOk());
		mvc.perform(get("/staff/audits/{id}/reports/{r}", request.id(), report).cookie(owner))
			.andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder plan(Cookie who, LocalDate start) {
		return post("/audits").cookie(who)
			.with(csrf())
			.param("scope", "Pages audit scope")
			.param("proposedStart", start.toString())
			.param("durationDays", "3")
			.param("auditorKind", "SELF");
	}

}
