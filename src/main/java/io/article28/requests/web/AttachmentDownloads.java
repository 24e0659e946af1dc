package io.article28.requests.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;

import io.article28.core.FileDownloads;
import io.article28.requests.RequestAttachment;

/** Files of requests as downloads: always saved, never shown in the browser. */
final class AttachmentDownloads {

	/** What is shown of a file: never its content. */
	record AttachmentView(UUID id, String filename, String contentType, long sizeBytes, String sha256,
			java.time.Instant expiresAt) {

		static List<AttachmentView> of(List<RequestAttachment> attachments) {
			return attachments.stream()
				.map(a -> new AttachmentView(a.id(), a.filename(), a.contentType(), a.sizeBytes(), a.sha256(),
						a.expiresAt()))
				.toList();
		}
	}

	private AttachmentDownloads() {
	}

	static ResponseEntity<byte[]> download(RequestAttachment.Content content) {
		RequestAttachment attachment = content.attachment();
		return FileDownloads.attachment(attachment.filename(), attachment.contentType(), attachment.sha256(),
				content.bytes());
	}

}
