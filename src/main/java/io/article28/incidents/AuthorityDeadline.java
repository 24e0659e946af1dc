package io.article28.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's clock under Art. 33(1) GDPR: it tells its supervisory authority of a
 * breach within 72 hours of becoming aware of it; a notification made later gives the
 * reasons for the delay.
 */
public record AuthorityDeadline(Instant awareAt) {

	public static final Duration WINDOW = Duration.ofHours(72);

	/** How long before the deadline a customer who has not notified yet is reminded. */
	public static final Duration REMINDER = Duration.ofHours(24);

	public AuthorityDeadline {
		Objects.requireNonNull(awareAt);
	}

	public Instant deadline() {
		return awareAt.plus(WINDOW);
	}

	/** Past the deadline, not at it: the last instant of the 72 hours still counts. */
	public boolean passed(Instant now) {
		return now.isAfter(deadline());
	}

	/** What is left of the 72 hours; zero once they are over. */
	public Duration remaining(Instant now) {
		Duration left = Duration.between(now, deadline());
		return left.isNegative() ? Duration.ZERO : left;
	}

}
