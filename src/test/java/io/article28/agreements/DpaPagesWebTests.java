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

	@Autowired
	DpaUploadManagement uploads;

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
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sign the DPA"))))
			// the text shows the agreement as signed: the customer block filled, and the
			// certificate
			.andExpect(content().string(containsString("1 rue du Test")))
			.andExpect(content().string(containsString("Signature certificate")))
			.andExpect(content().string(containsString("Olive Owner, CEO")));
	}

	@Test
	void theSignatureFormComesAfterTheTextItSigns() throws Exception {
		var tenant = tenants.create();
		String page = mvc.perform(get("/dpa").cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("class=\"card agreement\"")).isPositive()
			.isLessThan(page.indexOf("id=\"sign-heading\""));
	}

	@Test
	void aCustomerOnAnOlderVersionSeesWhatAcceptingTheCurrentOneChanges() throws Exception {
		// Civic Data Lab signed the 2018 edition: prior written consent; 2022-03 gives 8
		// days to object
		mvc.perform(get("/dpa").cookie(SignIn.as(mvc, "nadia@civicdata.example", "article28-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What accepting version 2022-03 changes from version 2018-05")))
			.andExpect(content().string(containsString("Prior written consent of the customer")))
			.andExpect(content().string(containsString("Window to object")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<td>\\s*8\\s*</td>.*")))
			.andExpect(content().string(containsString("class=\"added\"")));
	}

	@Test
	void aCopySignedByHandIsDownloadedByItsOrganizationOnly() throws Exception {
		var tenant = tenants.create();
		byte[] pdf;
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(out);
			pdf = out.toByteArray();
		}
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/dpa/upload")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "signed.pdf", "application/pdf", pdf))
			.cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD))
			.with(csrf())).andExpect(redirectedUrl("/dpa"));
		DpaUpload upload = uploads.uploads(tenant.organization().id()).get(0);
		mvc.perform(get("/dpa").cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD)))
			.andExpect(content().string(
					containsString("/api/v1/organizations/" + tenant.id() + "/dpa/uploads/" + upload.id() + "/pdf")));
		mvc.perform(
				get("/api/v1/organizations/{org}/dpa/uploads/{id}/pdf", tenant.id(), upload.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		var other = tenants.create();
		mvc.perform(
				get("/api/v1/organizations/{org}/dpa/uploads/{id}/pdf", other.id(), upload.id()).with(other.owner()))
			.andExpect(status().isNotFound());
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
