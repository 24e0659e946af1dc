package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.article28.IntegrationTest;
import io.article28.Tenants;

/**
 * The signed DPA as a third party checks it: poppler's pdfsig must call the signature
 * valid and the whole document signed. pdfsig exits 0 even on a mismatch, so its words
 * are read.
 */
@Tag("pdfsig")
@IntegrationTest
class DpaPdfsigTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@TempDir
	Path directory;

	@Test
	void pdfsigFindsTheSignedAgreementIntact() throws Exception {
		var tenant = tenants.create();
		String base = "/api/v1/organizations/" + tenant.id() + "/dpa";
		String hash = mvc.perform(get(base + "/document").with(tenant.owner()))
			.andReturn()
			.getResponse()
			.getHeader("X-Document-SHA256");
		String body = mvc
			.perform(post(base + "/signatures").with(tenant.owner()).contentType(MediaType.APPLICATION_JSON).content("""
					{"versionId":"2022-03","documentSha256":"%s","companyName":"Tenant SAS",
					"companyAddress":"1 place du Test","signerName":"Pat Signer","signerTitle":"CEO","dpoName":"Dee",
					"dpoEmail":"dee@tenant.example","accepted":true}""".formatted(hash)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		byte[] pdf = mvc.perform(get(base + "/signatures/" + JsonPath.read(body, "$.id") + "/pdf").with(tenant.owner()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String report = pdfsig(pdf);
		assertThat(report).contains("Signature Validation: Signature is Valid.", "Total document signed",
				"Signing Hash Algorithm: SHA-256", "Signature Type: ETSI.CAdES.detached");

		// One bit changed inside the signed bytes: the first range runs from 0 to the
		// signature's placeholder.
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int firstRangeEnd = Integer.parseInt(text.replaceAll("(?s).*/ByteRange \\[0 (\\d+) .*", "$1"));
		pdf[firstRangeEnd / 2] ^= 0x01;
		assertThat(pdfsig(pdf)).doesNotContain("Signature is Valid.");
	}

	private String pdfsig(byte[] pdf) throws Exception {
		Path file = Files.createTempFile(directory, "dpa", ".pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

}
