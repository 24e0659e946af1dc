package io.article28.accounts;

import java.time.Instant;
import java.util.UUID;

/** What a person sees of one of its API tokens: never the token itself. */
public record ApiTokenSummary(UUID id, String name, Instant createdAt, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
