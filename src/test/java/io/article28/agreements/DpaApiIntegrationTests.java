package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.accounts.StaffRole;
import io.article28.core.PageRequest;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

@IntegrationTest
class DpaApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TrailManagement trail;

	@Test
	void bothDemoEditionsAreListedWithTheirTerms() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/api/v1/dpa/versions").with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '2018-05')].terms.subProcessing").value("PRIOR_WRITTEN_CONSENT"))
			.andExpect(jsonPath("$[?(@.id == '2022-03')].terms.subProcessing").value("OBJECTION_WINDOW"))
			.andExpect(jsonPath("$[?(@.id == '2022-03')].terms.objectionWindowDays").value(8))
			.andExpect(jsonPath("$[?(@.id == '2022-03')].terms.auditNoticeWeeks").value(4));
		mvc.perform(get("/api/v1/dpa/versions/2018-05").with(tenant.member()))
			.andExpect(jsonPath("$.template").value(org.hamcrest.Matchers.containsString("{{customer.block}}")))
			.andExpect(jsonPath("$.terms.objectionWindowDays").isEmpty());
		mvc.perform(get("/api/v1/dpa/versions/1999-01").with(tenant.member())).andExpect(status().isNotFound());
	}

	@Test
	void theDpoPublishesAVersionAndItIsRecorded() throws Exception {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/dpa/versions").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content(version(id, "{{provider.block}} {{customer.block}}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.terms.objectionGrounds.length()").value(2));
		assertThat(trail.entries(new TrailFilter(null, "dpa.published", null, null), PageRequest.of(0, 50)).items())
			.anySatisfy(entry -> assertThat(entry.objectId()).isEqualTo(id));
		mvc.perform(post("/api/v1/dpa/versions").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content(version(id, "{{provider.block}} {{customer.block}}")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void aTemplateWithAnUnknownPlaceholderIsNotPublished() throws Exception {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/dpa/versions").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content(version(id, "{{provider.block}} {{customer.block}} {{customer.iban}}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("template"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("customer.iban")));
		mvc.perform(get("/api/v1/dpa/versions/" + id).with(Tenants.staffAdmin())).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheDpoPublishes() throws Exception {
		var tenant = tenants.create();
		String body = version("test-" + UUID.randomUUID().toString().substring(0, 8),
				"{{provider.block}} {{customer.block}}");
		mvc.perform(post("/api/v1/dpa/versions").with(Tenants.staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/dpa/versions").with(tenant.owner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOrganizationWithoutSignatureIsAskedToSignTheCurrentVersion() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/dpa").with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("NONE"))
			.andExpect(jsonPath("$.signedVersion").isEmpty())
			.andExpect(jsonPath("$.pendingVersion").isNotEmpty());
	}

	@Test
	void theDocumentToSignIsAPdfWhoseHashIsInTheHeader() throws Exception {
		var tenant = tenants.create();
		MvcResult first = mvc
			.perform(get("/api/v1/organizations/" + tenant.id() + "/dpa/document").with(tenant.owner()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		byte[] pdf = first.getResponse().getContentAsByteArray();
		String hash = first.getResponse().getHeader("X-Document-SHA256");
		assertThat(hash).isEqualTo(DpaDocument.hexSha256(pdf));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(tenant.organization().name(),
					"Nimbus PaaS SAS");
		}
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/dpa/document").with(tenant.member()))
			.andExpect(header().string("X-Document-SHA256", hash));
	}

	@Test
	void anotherTenantsAgreementIsNotFound() throws Exception {
		var mine = tenants.create();
		var theirs = tenants.create();
		mvc.perform(get("/api/v1/organizations/" + theirs.id() + "/dpa").with(mine.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/" + theirs.id() + "/dpa/document").with(mine.owner()))
			.andExpect(status().isNotFound());
	}

	private static String version(String id, String template) {
		return """
				{"id":"%s","title":"Test edition","publishedAt":"2000-01-01T00:00:00Z","template":"%s","terms":{"subProcessing":"OBJECTION_WINDOW",
				"objectionWindowDays":8,"objectionGrounds":["COMPETITOR","DISPUTE"],"auditsPer12Months":1,
				"auditNoticeWeeks":4,"returnPeriodDays":30,"trailRetentionMonths":12,"governingLaw":"French law"}}"""
			.formatted(id, template);
	}

}
