package io.article28.core;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as SMTP takes it (RFC 5321 and 5322): a dot-atom local part of at most
 * 64 characters, an at sign, and a domain name of at least two labels, the last not all
 * digits, put in its ASCII form by IDNA (so that full-width letters and other spellings
 * of one name become that name). No quoted local parts, no comments, no address literals
 * such as {@code [127.0.0.1]}. Trimmed and lower-cased so that two spellings of one
 * mailbox compare equal.
 */
public record EmailAddress(String value) {

	/** The longest address a column holds. */
	public static final int MAX_LENGTH = 320;

	/** RFC 5321: 64 for the local part, 254 for a whole address in a path. */
	static final int MAX_LOCAL = 64;

	static final int MAX_ADDRESS = 254;

	private static final Pattern LOCAL = Pattern
		.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	public EmailAddress {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("email address is empty");
		}
		value = normalized(value.trim());
	}

	private static String normalized(String address) {
		int at = address.lastIndexOf('@');
		if (at <= 0 || at == address.length() - 1) {
			throw new IllegalArgumentException("not an email address");
		}
		String local = address.substring(0, at).toLowerCase(Locale.ROOT);
		if (local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
			throw new IllegalArgumentException("not an email address");
		}
		String domain = domain(address.substring(at + 1));
		String normalized = local + "@" + domain;
		if (normalized.length() > MAX_ADDRESS) {
			throw new IllegalArgumentException("not an email address");
		}
		return normalized;
	}

	/** The domain in its ASCII form, refused unless it is a name with a dot. */
	private static String domain(String domain) {
		String ascii;
		try {
			ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("not an email address");
		}
		String[] labels = ascii.split("\\.", -1);
		if (labels.length < 2 || DIGITS.matcher(labels[labels.length - 1]).matches()) {
			throw new IllegalArgumentException("not an email address");
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				throw new IllegalArgumentException("not an email address");
			}
		}
		return ascii;
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
