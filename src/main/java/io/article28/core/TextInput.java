package io.article28.core;

/**
 * The characters no text the product takes may hold, checked at every edge where text
 * comes in (JSON bodies, form and query parameters, file names, CSV imports): the C0
 * controls but tab, line feed and carriage return, DEL and the C1 controls, the
 * bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069)
 * that make a name read otherwise than it is stored, and surrogates that are not part of
 * a pair. PostgreSQL refuses a NUL in text, and none of these has a use in a field.
 */
public final class TextInput {

	private TextInput() {
	}

	/**
	 * The value, when it holds none of the refused characters; else refused for the
	 * field.
	 */
	public static String check(String field, String value) {
		int at = refusedAt(value);
		if (at >= 0) {
			throw RejectedException.invalid(field, refusal(value, at));
		}
		return value;
	}

	/**
	 * Why a value is refused, naming the character and its position (never the value,
	 * which may be somebody's personal data); null when it is accepted.
	 */
	public static String refusal(String value) {
		int at = refusedAt(value);
		return at < 0 ? null : refusal(value, at);
	}

	private static String refusal(String value, int at) {
		return "must not contain the control or formatting character U+%04X (at position %d)"
			.formatted((int) value.charAt(at), at + 1);
	}

	/** The index of the first refused character, or -1. */
	static int refusedAt(String value) {
		if (value == null) {
			return -1;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (refused(c)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean refused(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
				|| (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || Character.isLowSurrogate(c);
	}

}
