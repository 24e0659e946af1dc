package io.article28.platform;

import io.article28.core.Fields;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

import io.article28.accounts.OrganizationId;
import io.article28.core.RejectedException;

/** An invoice of the provider to a customer, as the billing system reports it. */
public record Invoice(String number, OrganizationId organizationId, long amountCents, Currency currency,
		LocalDate dueDate, InvoiceStatus status) {

	private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,49}");

	public Invoice {
		number = Fields.matching("number", number, NUMBER, "letters, digits and . _ / -, at most 50 characters");
		Objects.requireNonNull(organizationId);
		if (amountCents < 0) {
			throw RejectedException.invalid("amountCents", "must be zero or more");
		}
		if (currency == null) {
			throw RejectedException.invalid("currency", "must be an ISO 4217 code");
		}
		if (dueDate == null) {
			throw RejectedException.invalid("dueDate", "must be a date (YYYY-MM-DD)");
		}
		if (status == null) {
			throw RejectedException.invalid("status", "must be PAID or UNPAID");
		}
	}

	static Currency currency(String code) {
		try {
			return Currency.getInstance(Fields.line("currency", code, 3).toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RejectedException.invalid("currency", "must be an ISO 4217 code");
		}
	}
}
