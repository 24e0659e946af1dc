package io.article28.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Someone asked too often: answered 429 with the time to wait, without doing anything.
 */
public class ThrottledException extends RuntimeException {

	private final Duration retryAfter;

	public ThrottledException(String message, Duration retryAfter) {
		super(Objects.requireNonNull(message));
		this.retryAfter = Objects.requireNonNull(retryAfter);
	}

	public Duration retryAfter() {
		return retryAfter;
	}

}
