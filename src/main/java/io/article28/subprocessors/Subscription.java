package io.article28.subprocessors;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

import io.article28.core.EmailAddress;

/**
 * Someone who follows the changes of sub-processors by email, without an account: pending
 * until the address is confirmed with the token mailed to it, the same token that
 * unsubscribes.
 */
public record Subscription(UUID id, EmailAddress email, String token, Instant requestedAt, Instant confirmedAt,
		Instant lastMailAt) {

	/** A pending address is mailed its confirmation again at most this often. */
	static final Duration RESEND_AFTER = Duration.ofMinutes(10);

	/**
	 * How long the link of the last confirmation mail stays valid; the request is then
	 * deleted.
	 */
	static final Duration CONFIRM_WITHIN = Duration.ofDays(7);

	private static final int TOKEN_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	public Subscription {
		Objects.requireNonNull(id);
		Objects.requireNonNull(email);
		Objects.requireNonNull(token);
		Objects.requireNonNull(requestedAt);
		Objects.requireNonNull(lastMailAt);
	}

	static Subscription request(EmailAddress email, Instant now) {
		byte[] secret = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(secret);
		return new Subscription(UUID.randomUUID(), email,
				Base64.getUrlEncoder().withoutPadding().encodeToString(secret), now, null, now);
	}

	public boolean confirmed() {
		return confirmedAt != null;
	}

	boolean mayResend(Instant now) {
		return !confirmed() && !now.isBefore(lastMailAt.plus(RESEND_AFTER));
	}

	boolean expired(Instant now) {
		return !confirmed() && now.isAfter(lastMailAt.plus(CONFIRM_WITHIN));
	}

	Subscription resent(Instant now) {
		return new Subscription(id, email, token, requestedAt, confirmedAt, now);
	}

	Subscription confirm(Instant now) {
		return confirmed() ? this : new Subscription(id, email, token, requestedAt, now, lastMailAt);
	}

	/** The address and the token are personal or secret: they stay out of logs. */
	@Override
	public String toString() {
		return "Subscription[" + id + (confirmed() ? ", confirmed]" : ", pending]");
	}

}
