package io.article28.register.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import io.article28.core.PdfTemplates;
import io.article28.core.RejectedException;
import io.article28.register.StreamedRegister;

/**
 * The register of processing as a download in one of its three formats, with the SHA-256
 * of its contents in a header: the same for the staff and for a supervisory authority.
 * JSON and CSV are written a page of controllers at a time, after a first pass that
 * computes the hash over the same snapshot, so that the header comes first and stays
 * true; the PDF is laid out in memory, so it is refused beyond a configured number of
 * controllers (one customer's PDF is always available).
 */
@Component
class RegisterDownloads {

	static final List<String> FORMATS = List.of("json", "csv", "pdf");

	private final PdfTemplates pdf;

	private final int pdfMaxControllers;

	/**
	 * @param pdfMaxControllers the most controllers a PDF of the register holds: it is
	 * laid out in memory (figures in bench/README.md)
	 */
	RegisterDownloads(PdfTemplates pdf, @Value("${article28.register.pdf-max-organizations}") int pdfMaxControllers) {
		this.pdf = pdf;
		this.pdfMaxControllers = pdfMaxControllers;
	}

	int pdfMaxControllers() {
		return pdfMaxControllers;
	}

	static void requireFormat(String format) {
		if (!FORMATS.contains(format)) {
			throw RejectedException.invalid("format", "must be json, csv or pdf");
		}
	}

	/** Refuses a PDF of more controllers than it can lay out. */
	void requireWithinBounds(String format, long controllers) {
		if ("pdf".equals(format) && controllers > pdfMaxControllers) {
			throw RejectedException.invalid("format", "the PDF of the register holds at most " + pdfMaxControllers
					+ " customers and there are " + controllers + ": take the CSV or the JSON, or one customer's PDF");
		}
	}

	/**
	 * Writes the register as a file named
	 * {@code register-of-processing<suffix>-<date>.<format>}.
	 */
	void write(StreamedRegister register, String format, String suffix, HttpServletResponse response) {
		requireWithinBounds(format, register.controllerCount());
		String file = "register-of-processing" + suffix + "-" + register.generatedAt().toString().substring(0, 10) + "."
				+ format;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file).build().toString());
		try {
			if ("pdf".equals(format)) {
				var generated = register.collect();
				byte[] body = pdf.render("register/register-pdf", Map.of("r", generated));
				response.setHeader("Register-Contents-SHA256", generated.contentsSha256());
				response.setContentType(MediaType.APPLICATION_PDF_VALUE);
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
				return;
			}
			response.setHeader("Register-Contents-SHA256", register.contentsSha256());
			OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
			if ("csv".equals(format)) {
				response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
				RegisterCsv.write(register, out);
			}
			else {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				register.writeJson(out);
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
