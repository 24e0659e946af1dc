package io.article28.accounts;

import io.article28.core.EmailAddress;
import io.article28.core.RejectedException;

/**
 * Validation of the free-text and email fields of this module, with the field named in
 * the refusal.
 */
final class Texts {

	private Texts() {
	}

	static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw RejectedException.invalid(field, "must not be blank");
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw RejectedException.invalid(field, "must be at most " + maxLength + " characters");
		}
		return trimmed;
	}

	static EmailAddress email(String field, String value) {
		try {
			return new EmailAddress(value);
		}
		catch (IllegalArgumentException ex) {
			throw RejectedException.invalid(field, "must be a valid email address");
		}
	}

}
