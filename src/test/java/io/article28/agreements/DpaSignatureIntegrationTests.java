package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.cert.X509Certificate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.PageRequest;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

@IntegrationTest
class DpaSignatureIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TrailManagement trail;

	@Test
	void anOwnerSignsTheDocumentItWasShownAndItBindsAtOnce() throws Exception {
		var tenant = tenants.create();
		String hash = shownHash(tenant);
		String body = mvc
			.perform(post(signatures(tenant)).with(tenant.owner())
				.header("User-Agent", "Test browser 1.0")
				.contentType(MediaType.APPLICATION_JSON)
				.content(signature(hash, true)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentSha256").value(hash))
			.andExpect(jsonPath("$.userAgent").value("Test browser 1.0"))
			.andExpect(jsonPath("$.ipAddress").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/dpa").with(tenant.member()))
			.andExpect(jsonPath("$.state").value("SIGNED"))
			.andExpect(jsonPath("$.effectiveTerms.objectionWindowDays").value(8))
			.andExpect(jsonPath("$.pendingVersion").isEmpty());
		assertThat(trail
			.entries(new TrailFilter(tenant.organization().id(), "dpa.signed", null, null), PageRequest.of(0, 5))
			.items()).singleElement().satisfies(entry -> assertThat(entry.detail()).contains(hash));

		String id = JsonPath.read(body, "$.id");
		byte[] pdf = mvc.perform(get(signatures(tenant) + "/" + id + "/pdf").with(tenant.member()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(DpaDocument.hexSha256(pdf)).isEqualTo(JsonPath.read(body, "$.signedPdfSha256"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Signature certificate", "Sam Signer",
					"Test browser 1.0", hash, "12 rue du Test");
			List<PDSignature> seals = document.getSignatureDictionaries();
			assertThat(seals).singleElement().satisfies(seal -> {
				assertThat(seal.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
				assertThat(verifies(seal, pdf)).isTrue();
			});
		}
	}

	@Test
	void theDocumentToSignIsAlreadySignedByTheProvider() throws Exception {
		var tenant = tenants.create();
		byte[] pdf = mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/dpa/document").with(tenant.owner()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getSignatureDictionaries()).singleElement()
				.satisfies(seal -> assertThat(verifies(seal, pdf)).isTrue());
		}
	}

	@Test
	void aChangedDocumentIsRefused() throws Exception {
		var tenant = tenants.create();
		shownHash(tenant);
		mvc.perform(post(signatures(tenant)).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(signature("0".repeat(64), true)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("documentSha256"));
		assertNothingSigned(tenant);
	}

	@Test
	void signingWithoutAcceptanceIsRefused() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post(signatures(tenant)).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(signature(shownHash(tenant), false)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("accepted"));
		assertNothingSigned(tenant);
	}

	@Test
	void aMemberStaffAndOtherTenantsCannotSign() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		String hash = shownHash(tenant);
		expectRefused(tenant, tenant.member(), hash, 403);
		expectRefused(tenant, Tenants.staffAdmin(), hash, 403);
		expectRefused(tenant, other.owner(), hash, 404);
		assertNothingSigned(tenant);
	}

	@Test
	void theSameVersionCannotBeSignedTwice() throws Exception {
		var tenant = tenants.create();
		String hash = shownHash(tenant);
		mvc.perform(post(signatures(tenant)).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(signature(hash, true))).andExpect(status().isCreated());
		mvc.perform(post(signatures(tenant)).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(signature(hash, true)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("versionId"));
	}

	@Test
	void aCustomerStillOnThe2018EditionHasThe2018Terms() throws Exception {
		var civic = Tenants.staffAdmin();
		String organizations = mvc.perform(get("/api/v1/organizations?size=200").with(civic))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(organizations, "$.items[?(@.name == 'Civic Data Lab')].id");
		mvc.perform(get("/api/v1/organizations/" + ids.get(0) + "/dpa").with(civic))
			.andExpect(jsonPath("$.state").value("SUPERSEDED"))
			.andExpect(jsonPath("$.signedVersion").value("2018-05"))
			.andExpect(jsonPath("$.effectiveTerms.subProcessing").value("PRIOR_WRITTEN_CONSENT"))
			.andExpect(jsonPath("$.pendingVersion").value("2022-03"));
	}

	private void expectRefused(Tenants.Tenant tenant, RequestPostProcessor who, String hash, int status)
			throws Exception {
		mvc.perform(post(signatures(tenant)).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(signature(hash, true))).andExpect(status().is(status));
	}

	private void assertNothingSigned(Tenants.Tenant tenant) throws Exception {
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/dpa").with(tenant.owner()))
			.andExpect(jsonPath("$.state").value("NONE"));
	}

	private String shownHash(Tenants.Tenant tenant) throws Exception {
		return mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/dpa/document").with(tenant.owner()))
			.andReturn()
			.getResponse()
			.getHeader("X-Document-SHA256");
	}

	private static String signatures(Tenants.Tenant tenant) {
		return "/api/v1/organizations/" + tenant.id() + "/dpa/signatures";
	}

	private static String signature(String hash, boolean accepted) {
		return """
				{"versionId":"2022-03","documentSha256":"%s","companyName":"Tenant SAS","companyAddress":"12 rue du Test, Paris",
				"signerName":"Sam Signer","signerTitle":"CEO","dpoName":"Dee Pio","dpoEmail":"dpo@tenant.example","accepted":%s}"""
			.formatted(hash, accepted);
	}

	/**
	 * Recomputes the CMS signature over the signed byte ranges with the embedded
	 * certificate.
	 */
	static boolean verifies(PDSignature seal, byte[] pdf) {
		try {
			// The signature sits in a zero-padded placeholder: read the one ASN.1 object
			// it holds.
			ContentInfo contentInfo;
			try (ASN1InputStream in = new ASN1InputStream(seal.getContents())) {
				contentInfo = ContentInfo.getInstance(in.readObject());
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(seal.getSignedContent(pdf)), contentInfo);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
			return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
		}
		catch (Exception ex) {
			throw new AssertionError("the signature could not be checked: " + ex, ex);
		}
	}

}
