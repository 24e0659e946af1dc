package io.article28.register.web;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.article28.register.ProcessingRegister;

/**
 * Renders the register of processing as a paginated PDF from the template
 * {@code register/register-pdf}, with its generation date and the SHA-256 of its
 * contents. Customer names need more than the PDF standard fonts: DejaVu Sans is embedded
 * when the system has it.
 */
@Component
class RegisterPdf {

	private static final File UNICODE_FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private static final File UNICODE_BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

	private final ITemplateEngine templates;

	RegisterPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(ProcessingRegister register) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("r", register);
		String xhtml = templates.process("register/register-pdf", context);
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
			throw new UncheckedIOException("rendering the register of processing as PDF failed", ex);
		}
	}

}
