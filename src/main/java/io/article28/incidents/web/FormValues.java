package io.article28.incidents.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import io.article28.core.RejectedException;

/** Values typed in the incident and breach forms, read or refused with their field. */
final class FormValues {

	private FormValues() {
	}

	/** A time typed in a form (2026-11-23 09:30, or with a T), read as UTC. */
	static Instant instant(String field, String value) {
		if (value == null || value.isBlank()) {
			throw RejectedException.invalid(field, "must be a date and time");
		}
		try {
			return LocalDateTime.parse(value.strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw RejectedException.invalid(field, "must be a date and time such as 2026-11-23 09:30");
		}
	}

	static Long count(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw RejectedException.invalid(field, "must be a whole number, or left empty when unknown");
		}
	}

}
