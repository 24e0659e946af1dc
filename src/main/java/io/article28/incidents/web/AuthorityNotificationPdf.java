package io.article28.incidents.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a customer's notification to its supervisory authority as a PDF, from the
 * template {@code incidents/authority-notification-pdf}. Names of authorities in their
 * own languages need more than the PDF standard fonts: DejaVu Sans is embedded when the
 * system has it.
 */
@Component
class AuthorityNotificationPdf {

	private static final File UNICODE_FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private static final File UNICODE_BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	AuthorityNotificationPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(BreachViews.AuthorityNotification notification) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("n", notification);
		String xhtml = templates.process("incidents/authority-notification-pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			if (UNICODE_FONT.canRead() && UNICODE_BOLD.canRead()) {
				builder.useFont(UNICODE_FONT, "Document");
				builder.useFont(UNICODE_BOLD, "Document", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("rendering the authority notification as PDF failed", ex);
		}
	}

}
