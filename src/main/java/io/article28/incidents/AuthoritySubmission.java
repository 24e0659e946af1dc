package io.article28.incidents;

import java.time.Instant;
import java.util.Objects;

import io.article28.accounts.UserId;

/**
 * The customer's record that it notified its supervisory authority: when, which one, the
 * authority's reference if it gave one, and which version of the draft it sent.
 */
public record AuthoritySubmission(Instant at, String authority, String reference, int draftVersion, UserId recordedBy) {

	public static final int MAX_REFERENCE = 200;

	public AuthoritySubmission {
		Objects.requireNonNull(at);
		Objects.requireNonNull(authority);
	}

}
