package io.article28.subprocessors.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.article28.core.RejectedException;

/** What the audit pages' forms send, as typed, and the error shown next to a form. */
final class AuditForms {

	private AuditForms() {
	}

	record FormError(String form, String field, String message) implements Serializable {

		static FormError of(String form, RejectedException ex) {
			return new FormError(form, ex.field(), ex.getMessage());
		}

	}

	/** The audit form as typed, shown again when refused. */
	record AuditForm(String date, String auditor, String outcome) implements Serializable {
	}

	/** The customer's request as typed, shown again when refused. */
	record ConfirmationForm(String subprocessorId, String question) implements Serializable {
	}

	/** A typed date; blank is null, for the domain to refuse with its own words. */
	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw RejectedException.invalid(field, "must be a date (yyyy-mm-dd)");
		}
	}

}
