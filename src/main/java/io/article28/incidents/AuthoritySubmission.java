package io.article28.incidents;

import java.time.Instant;
import java.util.Objects;

import io.article28.accounts.UserId;

/**
 * The customer's record of what it did about its supervisory authority: either it
 * notified it (when, which one, the authority's reference if it gave one, which version
 * of the draft it sent), or it decided it need not, the breach being unlikely to result
 * in a risk to people's rights and freedoms (Art. 33(1) GDPR), with its reasons. Either
 * stops its clock.
 */
public record AuthoritySubmission(Instant at, String authority, String reference, int draftVersion, UserId recordedBy,
		String notNotifiedReason) {

	public static final int MAX_REFERENCE = 200;

	public AuthoritySubmission {
		Objects.requireNonNull(at);
		Objects.requireNonNull(recordedBy);
		if ((authority == null) == (notNotifiedReason == null)) {
			throw new IllegalArgumentException("either an authority notified or the reason for not notifying");
		}
	}

	public boolean notified() {
		return notNotifiedReason == null;
	}

}
