package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.StaffRole;

@IntegrationTest
class DpaPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgreementManagement agreements;

	@Test
	void aCustomerReadsItsAgreementFilledWithItsName() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/dpa").cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tenant.organization().name())))
			.andExpect(content().string(containsString("/api/v1/organizations/" + tenant.id() + "/dpa/document")));
	}

	@Test
	void aRefusedPublicationComesBackWithTheReasonAndPublishesNothing() throws Exception {
		Cookie session = dpo();
		String id = "form-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/staff/dpa/versions").cookie(session)
			.with(csrf())
			.param("id", id)
			.param("title", "Form edition")
			.param("template", "{{provider.block}} only")
			.param("subProcessing", "OBJECTION_WINDOW")
			.param("objectionWindowDays", "8")
			.param("objectionGrounds", "COMPETITOR")
			.param("auditsPer12Months", "1")
			.param("auditNoticeWeeks", "4")
			.param("returnPeriodDays", "30")
			.param("trailRetentionMonths", "12")
			.param("governingLaw", "French law")).andExpect(redirectedUrl("/staff/dpa"));
		mvc.perform(get("/staff/dpa").cookie(session)).andExpect(content().string(containsString("customer.block")));
		assertThat(agreements.versions()).noneMatch(version -> version.id().value().equals(id));
	}

	@Test
	void customersCannotOpenTheVersionsPage() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/staff/dpa").cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private Cookie dpo() throws Exception {
		String email = "dpo-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
		accounts.createStaff(email, "Dee Pio", StaffRole.DPO, Tenants.PASSWORD);
		return SignIn.as(mvc, email, Tenants.PASSWORD);
	}

}
