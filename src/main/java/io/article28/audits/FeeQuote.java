package io.article28.audits;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.article28.accounts.UserId;
import io.article28.core.Digests;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * The provider's quote for assistance the DPA does not include (preparing documents,
 * hosting the auditors on site, answering beyond the plan). No such work starts before
 * the customer approves the quote in writing: by typing its name, which is kept with the
 * SHA-256 of the quote as it was shown.
 */
public record FeeQuote(UUID id, Instant proposedAt, UserId proposedBy, String assistance, long amountCents,
		String currency, Status status, Answer answer) {

	/** The currency the provider invoices in. */
	public static final String CURRENCY = "EUR";

	/** Above this amount, a quote is a contract of its own, negotiated apart. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000.00");

	public enum Status {

		/** Waiting for the customer's written answer. */
		PROPOSED,
		/** Approved in writing: the assistance may start. */
		APPROVED,
		/** Declined: the audit goes on without the assistance. */
		DECLINED

	}

	/**
	 * The customer's answer: who, when, the name it typed and the digest it approved, or
	 * its reason to decline.
	 */
	public record Answer(Instant at, UserId by, String approverName, String approvedSha256, String declineReason) {
	}

	static FeeQuote propose(String assistance, BigDecimal amount, UserId by, Instant now) {
		return new FeeQuote(UUID.randomUUID(), now, by, Fields.required("assistance", assistance, 2000), cents(amount),
				CURRENCY, Status.PROPOSED, null);
	}

	/**
	 * The amount in cents: positive, at most two decimals, at most {@link #MAX_AMOUNT}.
	 */
	static long cents(BigDecimal amount) {
		if (amount == null) {
			throw RejectedException.invalid("amount", "must be an amount in " + CURRENCY);
		}
		if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
			throw RejectedException.invalid("amount", "must be more than 0 and at most " + MAX_AMOUNT + " " + CURRENCY);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw RejectedException.invalid("amount", "must have at most two decimals");
		}
		return amount.movePointRight(2).longValueExact();
	}

	public BigDecimal amount() {
		return BigDecimal.valueOf(amountCents, 2);
	}

	/**
	 * What the customer approves, word for word: its digest is kept with the approval.
	 */
	public String wording() {
		return "Quote " + id + ": " + amount().toPlainString() + " " + currency + " for: " + assistance;
	}

	public String sha256() {
		return Digests.sha256Hex(wording());
	}

	public boolean pending() {
		return status == Status.PROPOSED;
	}

	FeeQuote approve(String approverName, boolean approves, UserId by, Instant now) {
		requirePending();
		String name = Fields.line("approverName", approverName, 200);
		if (!approves) {
			throw RejectedException.invalid("approve", "tick the box to approve the quote in writing");
		}
		return answered(Status.APPROVED, new Answer(now, by, name, sha256(), null));
	}

	FeeQuote decline(String reason, UserId by, Instant now) {
		requirePending();
		return answered(Status.DECLINED, new Answer(now, by, null, null, Fields.optional("reason", reason, 2000)));
	}

	private FeeQuote answered(Status newStatus, Answer newAnswer) {
		return new FeeQuote(id, proposedAt, proposedBy, assistance, amountCents, currency, newStatus, newAnswer);
	}

	private void requirePending() {
		if (!pending()) {
			throw RejectedException.conflict(null, "the quote is already " + status.name().toLowerCase());
		}
	}

}
