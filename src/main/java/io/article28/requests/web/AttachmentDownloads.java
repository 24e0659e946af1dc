package io.article28.requests.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.article28.requests.RequestAttachment;

/** Files of requests as downloads: always saved, never shown in the browser. */
final class AttachmentDownloads {

	/** What is shown of a file: never its content. */
	record AttachmentView(UUID id, String filename, String contentType, long sizeBytes, String sha256) {

		static List<AttachmentView> of(List<RequestAttachment> attachments) {
			return attachments.stream()
				.map(a -> new AttachmentView(a.id(), a.filename(), a.contentType(), a.sizeBytes(), a.sha256()))
				.toList();
		}
	}

	private AttachmentDownloads() {
	}

	static ResponseEntity<byte[]> download(RequestAttachment.Content content) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(content.attachment().contentType());
		}
		catch (IllegalArgumentException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-SHA256", content.attachment().sha256())
			.body(content.bytes());
	}

}
