package io.article28.core;

import java.util.Objects;

/**
 * A request that breaks a rule. It names the field at fault (or null for the whole
 * request) and says whether it conflicts with the current state (a duplicate, a refused
 * transition) or is simply invalid.
 */
public class RejectedException extends RuntimeException {

	public enum Kind {

		INVALID, CONFLICT

	}

	private final Kind kind;

	private final String field;

	private RejectedException(Kind kind, String field, String message) {
		super(Objects.requireNonNull(message));
		this.kind = kind;
		this.field = field;
	}

	public static RejectedException invalid(String field, String message) {
		return new RejectedException(Kind.INVALID, field, message);
	}

	public static RejectedException conflict(String field, String message) {
		return new RejectedException(Kind.CONFLICT, field, message);
	}

	public Kind kind() {
		return kind;
	}

	public String field() {
		return field;
	}

}
