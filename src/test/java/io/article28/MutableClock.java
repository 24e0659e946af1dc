package io.article28;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves: it stands still at the instant the test set (at first, and after
 * {@link #reset()}, the moment it was made or reset), so that a deadline one second away
 * stays one second away however slowly the machine runs.
 */
public final class MutableClock extends Clock {

	private volatile Instant now = Instant.now();

	public void setTo(Instant instant) {
		now = instant;
	}

	/** Moves the clock on by the duration. */
	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	/** Back to the present moment, where it stands still again. */
	public void reset() {
		now = Instant.now();
	}

	@Override
	public Instant instant() {
		return now;
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
