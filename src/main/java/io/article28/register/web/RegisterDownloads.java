package io.article28.register.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.article28.core.PdfTemplates;
import io.article28.core.RejectedException;
import io.article28.register.ProcessingRegister;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register of processing as a download in one of its three formats, with the SHA-256
 * of its contents in a header: the same for the staff and for a supervisory authority.
 */
@Component
class RegisterDownloads {

	static final List<String> FORMATS = List.of("json", "csv", "pdf");

	private final PdfTemplates pdf;

	private final JsonMapper json;

	RegisterDownloads(PdfTemplates pdf, JsonMapper json) {
		this.pdf = pdf;
		this.json = json;
	}

	static void requireFormat(String format) {
		if (!FORMATS.contains(format)) {
			throw RejectedException.invalid("format", "must be json, csv or pdf");
		}
	}

	/** The register as a file named {@code register-of-processing<suffix>-<date>}. */
	ResponseEntity<byte[]> of(ProcessingRegister generated, String format, String suffix) {
		String file = "register-of-processing" + suffix + "-" + generated.generatedAt().toString().substring(0, 10)
				+ "." + format;
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.attachment().filename(file).build());
		headers.set("Register-Contents-SHA256", generated.contentsSha256());
		return switch (format) {
			case "csv" -> ResponseEntity.ok()
				.headers(headers)
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(RegisterCsv.write(generated));
			case "pdf" -> ResponseEntity.ok()
				.headers(headers)
				.contentType(MediaType.APPLICATION_PDF)
				.body(pdf.render("register/register-pdf", Map.of("r", generated)));
			default -> ResponseEntity.ok()
				.headers(headers)
				.contentType(MediaType.APPLICATION_JSON)
				.body(json.writeValueAsBytes(generated));
		};
	}

}
