package io.article28.agreements;

import java.util.regex.Pattern;

import io.article28.core.RejectedException;

/** Names a DPA version, such as {@code 2018-05} or {@code 2022-03}. */
public record DpaVersionId(String value) {

	private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,39}");

	public DpaVersionId {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw RejectedException.invalid("id", "2 to 40 lower-case letters, digits, dots and dashes");
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
