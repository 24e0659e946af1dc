package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.article28.platform.ProviderProfile;
import io.article28.platform.Region;

class DpaRendererTests {

	private final DpaRenderer renderer = new DpaRenderer("https://article28.example");

	private final DpaVersion version = new DpaVersion(new DpaVersionId("2026-12"), "Data Processing Agreement",
			Instant.parse("2026-12-01T00:00:00Z"),
			new DpaTemplate("# Agreement {{version.id}}\n\n{{provider.block}}\n\n{{customer.block}}\n\n"
					+ "{{regions.table}}\n\nObject within {{terms.objectionWindowDays}} days: {{terms.objectionGrounds}}."),
			new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, 8, EnumSet.allOf(ObjectionGround.class), 1, 4, 30, 12,
					"French law"));

	private final ProviderProfile provider = new ProviderProfile("Nimbus PaaS SAS", "1 rue de la Démo, Strasbourg",
			"RCS 000", "Camille Martin", "dpo@nimbus.example", "support@nimbus.example");

	private final List<Region> regions = List
		.of(new Region("osc-fr1", "OUTSCALE", "eu-west-2", List.of("Paris-Pantin, France"), "OOS eu-west-2"));

	@Test
	void theAgreementNamesBothPartiesTheRegionsAndTheTerms() {
		String html = renderer.html(version, provider, customer("Acme Health SAS"), regions);
		assertThat(html).contains("Nimbus PaaS SAS", "Acme Health SAS", "osc-fr1", "eu-west-2", "Object within 8 days",
				"direct competitor", "<table>");
	}

	@Test
	void aCustomersNameCannotInjectMarkupOrMarkdown() {
		String html = renderer.html(version, provider, customer("<script>alert(1)</script> **Bold** [x](javascript:y)"),
				regions);
		assertThat(html).doesNotContain("<script>", "<strong>Bold", "href=\"javascript");
		assertThat(html).contains("&lt;script&gt;");
	}

	@Test
	void theSameAgreementGivesTheSamePdfBytes() throws Exception {
		String html = renderer.html(version, provider, customer("Acme Health SAS"), regions);
		byte[] first = renderer.pdf(version, html);
		byte[] second = renderer.pdf(version, html);
		assertThat(DpaDocument.hexSha256(first)).isEqualTo(DpaDocument.hexSha256(second));
		try (PDDocument pdf = Loader.loadPDF(first)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Agreement 2026-12", "Acme Health SAS");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Data Processing Agreement");
		}
	}

	@Test
	void aDifferentCustomerGivesADifferentDocument() {
		byte[] acme = renderer.pdf(version, renderer.html(version, provider, customer("Acme Health SAS"), regions));
		byte[] other = renderer.pdf(version, renderer.html(version, provider, customer("Civic Data Lab"), regions));
		assertThat(DpaDocument.hexSha256(acme)).isNotEqualTo(DpaDocument.hexSha256(other));
	}

	private static CustomerBlock customer(String name) {
		return new CustomerBlock(name, null, null, null, "Léa Moreau", "dpo@acme.example");
	}

}
