package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import io.article28.accounts.OrganizationId;

class DocumentMatchTests {

	private static final OrganizationId ORGANIZATION = new OrganizationId(
			UUID.fromString("6f1c2a52-1d2e-4a8b-9c7d-0e1f2a3b4c5d"));

	private static final String REFERENCE = DocumentMatch.reference(ORGANIZATION, new DpaVersionId("2022-03"));

	@Test
	void theFileGivenWithASignatureAppendedIsTheSameFile() throws IOException {
		byte[] given = pdf(null, null);
		byte[] signed = concat(given,
				"\n% an incremental update with a signature\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(DocumentMatch.of(signed, List.of(pdf(null, "other"), given), REFERENCE))
			.isEqualTo(DocumentMatch.SAME_FILE);
	}

	@Test
	void aFileCarryingTheReferenceInItsMetadataMatches() throws IOException {
		assertThat(DocumentMatch.of(pdf(REFERENCE, null), List.of(), REFERENCE))
			.isEqualTo(DocumentMatch.REFERENCE_FOUND);
	}

	@Test
	void aFileCarryingTheReferenceInItsTextMatches() throws IOException {
		assertThat(DocumentMatch.of(pdf(null, DocumentMatch.referenceLine(REFERENCE)), List.of(), REFERENCE))
			.isEqualTo(DocumentMatch.REFERENCE_FOUND);
	}

	@Test
	void theReferenceOfAnotherVersionDoesNotMatch() throws IOException {
		String older = DocumentMatch.reference(ORGANIZATION, new DpaVersionId("2018-05"));
		assertThat(DocumentMatch.of(pdf(older, null), List.of(), REFERENCE)).isEqualTo(DocumentMatch.OTHER_REFERENCE);
		assertThat(DocumentMatch.of(pdf(null, DocumentMatch.referenceLine(older)), List.of(), REFERENCE))
			.isEqualTo(DocumentMatch.OTHER_REFERENCE);
	}

	@Test
	void aScanWithoutAnyReferenceIsLeftToTheReviewersEyes() throws IOException {
		assertThat(DocumentMatch.of(pdf(null, "Signed by hand"), List.of(pdf(null, null)), REFERENCE))
			.isEqualTo(DocumentMatch.NOT_FOUND);
	}

	/**
	 * A one-page PDF, with the reference in its metadata and a line of text, each if
	 * given.
	 */
	private static byte[] pdf(String metadataReference, String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			if (text != null) {
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
					content.newLineAtOffset(50, 700);
					content.showText(text);
					content.endText();
				}
			}
			if (metadataReference != null) {
				document.getDocumentInformation().setCustomMetadataValue(DocumentMatch.METADATA_KEY, metadataReference);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
