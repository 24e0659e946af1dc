package io.article28.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a request by its controller: its name, type, size and digest, and
 * until when it is available when it is not for good (null).
 */
public record RequestAttachment(UUID id, UUID requestId, String filename, String contentType, long sizeBytes,
		String sha256, Instant addedAt, Instant expiresAt) {

	public boolean expired(Instant now) {
		return expiresAt != null && !now.isBefore(expiresAt);
	}

	/** The file's bytes, with what describes it. */
	public record Content(RequestAttachment attachment, byte[] bytes) {
	}

}
