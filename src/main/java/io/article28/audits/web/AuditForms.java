package io.article28.audits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.article28.core.RejectedException;

/** What the audit pages' forms send, as typed, and the error shown next to a form. */
final class AuditForms {

	private AuditForms() {
	}

	record FormError(String form, String field, String message) implements java.io.Serializable {

		static FormError of(String form, RejectedException ex) {
			return new FormError(form, ex.field(), ex.getMessage());
		}

	}

	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			throw RejectedException.invalid(field, "must be a date (yyyy-mm-dd)");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw RejectedException.invalid(field, "must be a date (yyyy-mm-dd)");
		}
	}

	static int days(String field, String value) {
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw RejectedException.invalid(field, "must be a number of days");
		}
	}

	/** An amount as typed: digits with a point or a comma before the cents. */
	static BigDecimal amount(String field, String value) {
		try {
			return new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw RejectedException.invalid(field, "must be an amount, such as 1200.00");
		}
	}

}
