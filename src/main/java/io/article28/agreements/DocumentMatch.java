package io.article28.agreements;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * How a copy signed by hand compares with the document the organization was given, as the
 * reviewer sees it before accepting. Every document given carries its reference (the
 * organization and the version) in its metadata and in its text.
 */
public enum DocumentMatch {

	/**
	 * The very file given, with a signature added to it (its first revision unchanged).
	 */
	SAME_FILE,

	/**
	 * Another file that carries the reference of the document given: printed to PDF
	 * again, edited.
	 */
	REFERENCE_FOUND,

	/**
	 * A file that carries the reference of another organization's document, or of another
	 * version.
	 */
	OTHER_REFERENCE,

	/** No reference in the file, a scan for instance: the reviewer compares it by eye. */
	NOT_FOUND,

	/** Uploaded before copies were checked. */
	UNCHECKED;

	/** The metadata key of the reference in the PDF's document information. */
	static final String METADATA_KEY = "Article28-Reference";

	private static final Pattern REFERENCE = Pattern.compile("Document reference: ([0-9a-f-]{36}/[a-z0-9.-]{2,40})");

	/** The reference of the document given to an organization for a version. */
	static String reference(io.article28.accounts.OrganizationId organization, DpaVersionId version) {
		return organization.value() + "/" + version.value();
	}

	/** The line of the document's text that carries the reference. */
	static String referenceLine(String reference) {
		return "Document reference: " + reference;
	}

	/**
	 * Compares the upload with the documents given (the PDFs the organization could
	 * download) and the reference they carry.
	 */
	static DocumentMatch of(byte[] upload, List<byte[]> given, String reference) {
		for (byte[] document : given) {
			if (upload.length >= document.length
					&& Arrays.equals(upload, 0, document.length, document, 0, document.length)) {
				return SAME_FILE;
			}
		}
		try (PDDocument pdf = Loader.loadPDF(upload)) {
			String found = pdf.getDocumentInformation().getCustomMetadataValue(METADATA_KEY);
			if (found == null) {
				Matcher inText = REFERENCE.matcher(new PDFTextStripper().getText(pdf));
				found = inText.find() ? inText.group(1) : null;
			}
			if (found == null) {
				return NOT_FOUND;
			}
			return found.strip().equals(reference) ? REFERENCE_FOUND : OTHER_REFERENCE;
		}
		catch (IOException ex) {
			return NOT_FOUND;
		}
	}

}
