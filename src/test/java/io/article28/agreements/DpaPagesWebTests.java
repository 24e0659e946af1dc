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
	void anOwnerSignsFromThePageOnlyOnceItAccepts() throws Exception {
		var tenant = tenants.create();
		Cookie session = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get("/dpa").cookie(session)).andExpect(content().string(containsString("Sign the DPA")));
		DpaDocument shown = agreements.documentToSign(tenant.organization().id());
		var form = post("/dpa/sign").cookie(session)
			.with(csrf())
			.param("versionId", shown.versionId().value())
			.param("documentSha256", shown.sha256())
			.param("companyName", "Tenant SAS")
			.param("companyAddress", "1 rue du Test")
			.param("signerName", "Olive Owner")
			.param("signerTitle", "CEO")
			.param("dpoName", "Dee Pio")
			.param("dpoEmail", "dee@tenant.example");
		mvc.perform(form).andExpect(redirectedUrl("/dpa"));
		assertThat(agreements.status(tenant.organization().id()).state()).isEqualTo(DpaStatus.State.NONE);
		mvc.perform(form.param("accepted", "true")).andExpect(redirectedUrl("/dpa"));
		assertThat(agreements.status(tenant.organization().id()).state()).isEqualTo(DpaStatus.State.SIGNED);
		mvc.perform(get("/dpa").cookie(session))
			.andExpect(content().string(containsString("signed by Olive Owner")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sign the DPA"))));
	}

	@Test
	void aMemberReadsTheAgreementButIsNotOfferedToSign() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/dpa").cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sign the DPA"))));
		mvc.perform(post("/dpa/sign").cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD))
			.with(csrf())
			.param("accepted", "true")).andExpect(status().isForbidden());
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
