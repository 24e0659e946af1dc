package io.article28.platform;

import java.util.regex.Pattern;

import io.article28.core.RejectedException;

/** Validation of this module's fields, naming the field in the refusal. */
final class Fields {

	private Fields() {
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

	static String matching(String field, String value, Pattern pattern, String expectation) {
		String trimmed = required(field, value, 200);
		if (!pattern.matcher(trimmed).matches()) {
			throw RejectedException.invalid(field, expectation);
		}
		return trimmed;
	}

}
