package io.article28;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves: it runs with the system clock, shifted by what the test set, so
 * that deadlines days away can be reached in a test.
 */
public final class MutableClock extends Clock {

	private volatile Duration shift = Duration.ZERO;

	public void setTo(Instant instant) {
		shift = Duration.between(Instant.now(), instant);
	}

	public void reset() {
		shift = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(shift);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the application clock is UTC");
	}

}
