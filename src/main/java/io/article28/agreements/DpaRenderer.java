package io.article28.agreements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.article28.platform.ProviderProfile;
import io.article28.platform.Region;

/**
 * Turns a DPA version into the document a customer reads and signs: placeholders filled
 * (values escaped, so no one's data can change the text around it), Markdown to HTML,
 * HTML to PDF. The same inputs always give the same PDF bytes, so a document's hash
 * identifies its content.
 */
@Component
class DpaRenderer {

	static {
		// openhtmltopdf logs every render at INFO through java.util.logging: too chatty
		// for a server.
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
	}

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final String BLANK = "________________";

	private final String baseUrl;

	DpaRenderer(@Value("${article28.base-url}") String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** The agreement as an HTML fragment, for reading in the page. */
	String html(DpaVersion version, ProviderProfile provider, CustomerBlock customer, List<Region> regions) {
		return render(markdown(version, provider, customer, regions));
	}

	/** The agreement as Markdown, every placeholder filled. */
	String markdown(DpaVersion version, ProviderProfile provider, CustomerBlock customer, List<Region> regions) {
		Map<String, String> values = new HashMap<>();
		DpaTerms terms = version.terms();
		values.put("version.id", md(version.id().value()));
		values.put("version.date", DATE.format(version.publishedAt()));
		values.put("provider.name", md(provider.legalName()));
		values.put("provider.block", providerBlock(provider));
		values.put("customer.name", md(customer.companyName()));
		values.put("customer.block", customerBlock(customer));
		values.put("regions.table", regionsTable(regions));
		values.put("subprocessors.table", "The sub-processors, their purpose, location and safeguards are listed at "
				+ md(baseUrl + "/subprocessors") + "; that list is part of this agreement.");
		values.put("terms.auditsPerYear", String.valueOf(terms.auditsPer12Months()));
		values.put("terms.auditNoticeWeeks", String.valueOf(terms.auditNoticeWeeks()));
		values.put("terms.returnPeriodDays", String.valueOf(terms.returnPeriodDays()));
		values.put("terms.trailRetentionMonths", String.valueOf(terms.trailRetentionMonths()));
		values.put("terms.objectionWindowDays",
				terms.objectionWindowDays() == null ? "—" : String.valueOf(terms.objectionWindowDays()));
		values.put("terms.objectionGrounds", grounds(terms));
		values.put("terms.governingLaw", md(terms.governingLaw()));
		return version.template().fill(values);
	}

	/** Markdown as HTML, any HTML in it escaped and unsafe links dropped. */
	static String render(String markdown) {
		return HTML.render(PARSER.parse(markdown));
	}

	/**
	 * The agreement as a PDF, dated by its version so that the bytes depend on the
	 * content only.
	 */
	byte[] pdf(DpaVersion version, String htmlFragment) {
		return pdf(version, htmlFragment, null);
	}

	/**
	 * The agreement as a PDF that carries its reference (see {@link DocumentMatch}) in
	 * its document information and as the last line of its text; none when null.
	 */
	byte[] pdf(DpaVersion version, String htmlFragment, String reference) {
		if (reference != null) {
			htmlFragment = htmlFragment + "<p class=\"reference\">" + escape(DocumentMatch.referenceLine(reference))
					+ "</p>";
		}
		String xhtml = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>" + escape(version.title())
				+ "</title><style>" + STYLE + "</style></head><body>" + htmlFragment + "</body></html>";
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.withHtmlContent(xhtml, null);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
			}
			PDDocumentInformation info = document.getDocumentInformation();
			Calendar dated = calendar(version.publishedAt());
			info.setTitle(version.title());
			info.setCreationDate(dated);
			info.setModificationDate(dated);
			info.setProducer("Article 28");
			if (reference != null) {
				info.setCustomMetadataValue(DocumentMatch.METADATA_KEY, reference);
			}
			COSString id = new COSString(documentId(xhtml));
			COSArray ids = new COSArray();
			ids.add(id);
			ids.add(id);
			document.getDocument().getTrailer().setItem(COSName.ID, ids);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("rendering the DPA as PDF failed", ex);
		}
	}

	/**
	 * The last page of a signed agreement: the evidence of the signature, in words a
	 * reader checks against the PDF's digital signature.
	 */
	String certificatePage(DpaVersion version, DpaSignature signature, String sealedBy) {
		CustomerBlock customer = signature.customer();
		List<List<String>> rows = List.of(List.of("Agreement", version.title() + ", version " + version.id()),
				List.of("Customer", customer.companyName() + ", " + customer.companyAddress()),
				List.of("Signed by", customer.signerName() + ", " + customer.signerTitle()),
				List.of("Signer's account", signature.signerId().toString()),
				List.of("Customer's DPO", customer.dpoName() + ", " + customer.dpoEmail()),
				List.of("Signed at (UTC)", signature.signedAt().toString()),
				List.of("From IP address", signature.ipAddress()), List.of("Browser", signature.userAgent()),
				List.of("Document shown (SHA-256)", signature.documentSha256()),
				List.of("Acceptance", "The signer ticked the acceptance of this agreement before signing"),
				List.of("Sealed by", sealedBy + " (PAdES digital signature of this PDF)"));
		StringBuilder html = new StringBuilder("<div class=\"certificate\"><h1>Signature certificate</h1>"
				+ "<p>This agreement was signed electronically on Article 28. It has been binding since the "
				+ "moment below. The evidence:</p><table>");
		rows.forEach(row -> html.append("<tr><th>")
			.append(escape(row.get(0)))
			.append("</th><td>")
			.append(escape(row.get(1)))
			.append("</td></tr>"));
		return html.append("</table></div>").toString();
	}

	private static String providerBlock(ProviderProfile provider) {
		return table("For the Processor",
				List.of(List.of("Company", md(provider.legalName())), List.of("Address", md(provider.address())),
						List.of("Registration", md(provider.registration())),
						List.of("Data protection officer", md(provider.dpoName() + ", " + provider.dpoEmail())),
						List.of("Signature", "Signed in advance: the PDF carries the Processor's digital signature")));
	}

	private static String customerBlock(CustomerBlock customer) {
		String dpo = customer.dpoName() == null ? BLANK : md(customer.dpoName() + ", " + customer.dpoEmail());
		String signer = customer.signerName() == null ? BLANK
				: md(customer.signerName() + (customer.signerTitle() == null ? "" : ", " + customer.signerTitle()));
		return table("On behalf of the Customer",
				List.of(List.of("Company", orBlank(customer.companyName())),
						List.of("Address", orBlank(customer.companyAddress())), List.of("Signed by", signer),
						List.of("Data protection officer", dpo),
						List.of("Signature", "Signed electronically on Article 28: see the signature certificate")));
	}

	private static String regionsTable(List<Region> regions) {
		StringBuilder table = new StringBuilder(
				"| Region | Infrastructure | Datacenters | Backups |\n| --- | --- | --- | --- |\n");
		for (Region region : regions) {
			table.append("| ")
				.append(md(region.code()))
				.append(" | ")
				.append(md(region.infrastructureProvider() + ", " + region.providerRegion()))
				.append(" | ")
				.append(md(String.join(" · ", region.datacenters())))
				.append(" | ")
				.append(md(region.backupLocation()))
				.append(" |\n");
		}
		return table.toString();
	}

	private static String table(String heading, List<List<String>> rows) {
		return "| " + heading + " | |\n| --- | --- |\n"
				+ rows.stream()
					.map(row -> "| " + row.get(0) + " | " + row.get(1) + " |")
					.collect(Collectors.joining("\n"))
				+ "\n";
	}

	private static String grounds(DpaTerms terms) {
		if (terms.objectionGrounds().isEmpty()) {
			return "—";
		}
		return terms.objectionGrounds().stream().sorted().map(ground -> switch (ground) {
			case COMPETITOR -> "the sub-processor is a direct competitor of the Controller";
			case DISPUTE -> "the sub-processor is in a dispute with the Controller";
			case NOT_COMPLIANT -> "the sub-processor does not comply with the GDPR, as the Controller justifies";
			case SECURITY_REDUCED -> "the change reduces the security measures";
		}).collect(Collectors.joining("; "));
	}

	private static String orBlank(String value) {
		return value == null || value.isBlank() ? BLANK : md(value);
	}

	/**
	 * Escapes what Markdown would read as syntax, so a value stays text on one line: a
	 * line feed or a carriage return (which Markdown also reads as a line end) becomes a
	 * space.
	 */
	static String md(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder();
		for (char c : value.replace('\r', ' ').replace('\n', ' ').toCharArray()) {
			if ("\\`*_{}[]()<>#+-.!|~&".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static String escape(String text) {
		return text == null ? ""
				: text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static Calendar calendar(Instant instant) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		calendar.setTimeInMillis(instant.toEpochMilli());
		return calendar;
	}

	private static final String STYLE = """
			@page { size: A4; margin: 22mm 20mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
			body { font-family: serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
			h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14pt; }
			.certificate { page-break-before: always; }
			.reference { margin-top: 18pt; font-size: 8pt; color: #555; }
			table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
			th, td { border: 0.5pt solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 9.5pt; }
			""";

	/**
	 * A stable id for the PDF trailer: the first 16 bytes of the SHA-256 of the content.
	 */
	private static byte[] documentId(String content) {
		return Arrays.copyOf(DpaDocument.sha256(content.getBytes(StandardCharsets.UTF_8)), 16);
	}

}
