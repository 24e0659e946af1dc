package io.article28.requests;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a request by its controller: its name, type, size and digest. */
public record RequestAttachment(UUID id, UUID requestId, String filename, String contentType, long sizeBytes,
		String sha256, Instant addedAt) {

	/** The file's bytes, with what describes it. */
	public record Content(RequestAttachment attachment, byte[] bytes) {
	}

}
