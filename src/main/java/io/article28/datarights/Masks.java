package io.article28.datarights;

/**
 * A personal value as the preview shows it: enough to recognise, not to read. An e-mail
 * keeps the first letter of each part and its top-level domain; anything else its first
 * character and, when long enough, its last two.
 */
final class Masks {

	static final String HIDDEN = "•••";

	/** The longest value the preview shows of a column that is not personal. */
	static final int SHOWN = 60;

	private Masks() {
	}

	static String partial(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		int at = trimmed.indexOf('@');
		int dot = trimmed.lastIndexOf('.');
		if (at > 0 && dot > at + 1) {
			return trimmed.charAt(0) + HIDDEN + "@" + trimmed.charAt(at + 1) + HIDDEN + trimmed.substring(dot);
		}
		if (trimmed.length() <= 1) {
			return HIDDEN;
		}
		if (trimmed.length() <= 6) {
			return trimmed.charAt(0) + HIDDEN;
		}
		return trimmed.charAt(0) + HIDDEN + trimmed.substring(trimmed.length() - 2);
	}

	/** A value of a column that holds no personal data, cut to {@link #SHOWN}. */
	static String shown(String value) {
		if (value == null) {
			return null;
		}
		return value.length() <= SHOWN ? value : value.substring(0, SHOWN - 1) + "…";
	}

}
