package io.article28.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased so that two spellings of one mailbox compare
 * equal.
 */
public record EmailAddress(String value) {

	/**
	 * Deliberately simple: one @, a dot in the domain, no spaces; the mail server has the
	 * last word.
	 */
	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public static final int MAX_LENGTH = 320;

	public EmailAddress {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("email address is empty");
		}
		value = value.trim().toLowerCase(Locale.ROOT);
		if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("not an email address");
		}
	}

	public static boolean isValid(String candidate) {
		try {
			new EmailAddress(candidate);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
