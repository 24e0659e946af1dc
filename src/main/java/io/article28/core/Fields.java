package io.article28.core;

import java.util.regex.Pattern;

/**
 * Validation of input fields that names the field in the refusal, for the problem detail
 * or the form.
 */
public final class Fields {

	private Fields() {
	}

	/** The value, stripped; refused when blank or longer than {@code maxLength}. */
	public static String required(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw RejectedException.invalid(field, "must not be blank");
		}
		String trimmed = TextInput.check(field, value.strip());
		if (trimmed.length() > maxLength) {
			throw RejectedException.invalid(field, "must be at most " + maxLength + " characters");
		}
		return trimmed;
	}

	/**
	 * A single line of text, such as a name or a title: as {@link #required}, and refused
	 * when it holds a line break or a tab, which no such value needs and which would
	 * break the lines of a mail's subject, a CSV export or a log.
	 */
	public static String line(String field, String value, int maxLength) {
		String checked = required(field, value, maxLength);
		if (checked.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
			throw RejectedException.invalid(field, "must be a single line, without line breaks or tabs");
		}
		return checked;
	}

	/** As {@link #line}, or null when blank. */
	public static String optionalLine(String field, String value, int maxLength) {
		return value == null || value.isBlank() ? null : line(field, value, maxLength);
	}

	/** A count that may be unknown (null), but never negative. */
	public static Long countOrUnknown(String field, Long value) {
		if (value != null && value < 0) {
			throw RejectedException.invalid(field, "must be zero or more, or left empty when unknown");
		}
		return value;
	}

	/**
	 * The value, stripped, or null when blank; refused when longer than
	 * {@code maxLength}.
	 */
	public static String optional(String field, String value, int maxLength) {
		return value == null || value.isBlank() ? null : required(field, value, maxLength);
	}

	/**
	 * The value, stripped; refused unless it matches the pattern, with the expectation as
	 * the message.
	 */
	public static String matching(String field, String value, Pattern pattern, String expectation) {
		String trimmed = required(field, value, 200);
		if (!pattern.matcher(trimmed).matches()) {
			throw RejectedException.invalid(field, expectation);
		}
		return trimmed;
	}

	public static EmailAddress email(String field, String value) {
		try {
			return new EmailAddress(value);
		}
		catch (IllegalArgumentException ex) {
			throw RejectedException.invalid(field, "must be a valid email address");
		}
	}

}
