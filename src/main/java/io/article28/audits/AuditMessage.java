package io.article28.audits;

import java.time.Instant;

import io.article28.accounts.UserId;

/**
 * One step of the review's thread: a concern of the provider or an answer of the
 * customer.
 */
public record AuditMessage(Side side, String text, Instant at, UserId by) {

	public enum Side {

		PROVIDER, CUSTOMER

	}

}
