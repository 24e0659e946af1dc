package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.StaffRole;
import io.article28.accounts.UserId;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

@IntegrationTest
class DpaUploadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	DpaUploadManagement handSigned;

	@Autowired
	AccountManagement accounts;

	@Test
	void aCopySignedByHandBindsOnceStaffAcceptIt() throws Exception {
		var tenant = tenants.create();
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(multipart("/dpa/upload").file(new MockMultipartFile("file", "signed.pdf", "application/pdf", pdf()))
			.cookie(owner)
			.with(csrf())).andExpect(redirectedUrl("/dpa"));
		DpaUpload upload = handSigned.uploads(tenant.organization().id()).get(0);
		assertThat(upload.status()).isEqualTo(DpaUpload.Status.PENDING);
		assertThat(agreements.status(tenant.organization().id()).state()).isEqualTo(DpaStatus.State.NONE);

		mvc.perform(post("/api/v1/dpa/uploads/" + upload.id() + "/review").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\":true}")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
		assertThat(agreements.status(tenant.organization().id()).state()).isEqualTo(DpaStatus.State.SIGNED);
		mvc.perform(get("/dpa").cookie(owner)).andExpect(content().string(containsString("was accepted")));
	}

	@Test
	void theReviewerSeesWhetherTheCopyIsTheDocumentGivenAndAnotherOrganizationsIsRefused() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		byte[] given = agreements.documentToSign(tenant.organization().id()).pdf();
		byte[] othersDocument = agreements.documentToSign(other.organization().id()).pdf();
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> handSigned.upload(tenant.organization().id(), owner(tenant), "x.pdf", othersDocument))
			.withMessageContaining("another document than the one given");

		DpaUpload upload = handSigned.upload(tenant.organization().id(), owner(tenant), "signed.pdf", given);
		assertThat(upload.match()).isEqualTo(DocumentMatch.SAME_FILE);
		assertThat(handSigned.upload(upload.id()).match()).isEqualTo(DocumentMatch.SAME_FILE);
		mvc.perform(get("/staff/dpa").cookie(SignIn.as(mvc, "dpo@nimbus.example", "article28-demo")))
			.andExpect(content().string(containsString("Matches: the file given, with a signature added")));
		mvc.perform(get("/api/v1/organizations/{org}/dpa/uploads", tenant.id()).with(tenant.owner()))
			.andExpect(jsonPath("$[0].documentMatch").value("SAME_FILE"));
	}

	@Test
	void aRejectionNeedsItsReasonAndTheCustomerReadsIt() throws Exception {
		var tenant = tenants.create();
		DpaUpload upload = handSigned.upload(tenant.organization().id(), owner(tenant), "signed.pdf", pdf());
		mvc.perform(post("/api/v1/dpa/uploads/" + upload.id() + "/review").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\":false}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/dpa/uploads/" + upload.id() + "/review").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\":false,\"reason\":\"The signature block is empty.\"}")).andExpect(status().isOk());
		assertThat(agreements.status(tenant.organization().id()).state()).isEqualTo(DpaStatus.State.NONE);
		mvc.perform(get("/dpa").cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD)))
			.andExpect(content().string(containsString("The signature block is empty.")));
		mvc.perform(post("/api/v1/dpa/uploads/" + upload.id() + "/review").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\":true}")).andExpect(status().isConflict());
	}

	@Test
	void aFileThatIsNotReallyAPdfIsRefused() throws Exception {
		var tenant = tenants.create();
		for (byte[] fake : new byte[][] { "hello, I am a PDF".getBytes(StandardCharsets.UTF_8),
				"%PDF-1.7 but nothing after".getBytes(StandardCharsets.UTF_8) }) {
			assertThatExceptionOfType(RejectedException.class)
				.isThrownBy(() -> handSigned.upload(tenant.organization().id(), owner(tenant), "x.pdf", fake))
				.withMessageContaining("not a readable PDF");
		}
		assertThat(handSigned.uploads(tenant.organization().id())).isEmpty();
	}

	@Test
	void aPdfWhosePageTreeRefersToItselfIsRefused() throws Exception {
		var tenant = tenants.create();
		byte[] cyclic;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			COSDictionary pages = document.getPages().getCOSObject();
			((COSArray) pages.getDictionaryObject(COSName.KIDS)).add(pages);
			pages.setInt(COSName.COUNT, 2);
			document.save(out);
			cyclic = out.toByteArray();
		}
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> handSigned.upload(tenant.organization().id(), owner(tenant), "x.pdf", cyclic))
			.withMessageContaining("not a readable PDF");
		assertThat(handSigned.uploads(tenant.organization().id())).isEmpty();
	}

	@Test
	void tenMebibytesIsTheLimit() {
		var tenant = tenants.create();
		byte[] atLimit = new byte[DpaUploadManagement.MAX_UPLOAD_BYTES];
		Arrays.fill(atLimit, (byte) ' ');
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> handSigned.upload(tenant.organization().id(), owner(tenant), "x.pdf", atLimit))
			.withMessageContaining("not a readable PDF");
		byte[] overLimit = new byte[DpaUploadManagement.MAX_UPLOAD_BYTES + 1];
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> handSigned.upload(tenant.organization().id(), owner(tenant), "x.pdf", overLimit))
			.withMessageContaining("larger than 10 MiB");
	}

	@Test
	void aMemberCannotUpload() throws Exception {
		var tenant = tenants.create();
		mvc.perform(multipart("/dpa/upload").file(new MockMultipartFile("file", "signed.pdf", "application/pdf", pdf()))
			.cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(handSigned.uploads(tenant.organization().id())).isEmpty();
	}

	private UserId owner(Tenants.Tenant tenant) {
		return accounts.members(tenant.organization().id(), PageRequest.of(0, 10))
			.items()
			.stream()
			.filter(member -> member.email().value().equals(tenant.ownerEmail()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
