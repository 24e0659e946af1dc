package io.article28.core;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template written as XHTML to a PDF with openhtmltopdf. Names in
 * their own languages (an authority, a customer) need more than the PDF standard fonts:
 * DejaVu Sans is embedded, as the font family {@code Document}, when the system has it.
 */
@Component
public class PdfTemplates {

	private static final File UNICODE_FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private static final File UNICODE_BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	PdfTemplates(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> variables) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariables(variables);
		String xhtml = templates.process(template, context);
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
			throw new UncheckedIOException("rendering " + template + " as PDF failed", ex);
		}
	}

}
