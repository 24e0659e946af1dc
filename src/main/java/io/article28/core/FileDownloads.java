package io.article28.core;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Stored files as downloads: always saved, never shown in the browser, with their SHA-256
 * in {@code X-Content-SHA256} so that the receiver can check what it got.
 */
public final class FileDownloads {

	private FileDownloads() {
	}

	public static ResponseEntity<byte[]> attachment(String filename, String contentType, String sha256, byte[] bytes) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", sha256)
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
