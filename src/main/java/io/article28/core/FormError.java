package io.article28.core;

import java.io.Serializable;

/**
 * A refusal shown next to the form it came from (pages name each form), carried to the
 * page after a redirect as a flash attribute.
 */
public record FormError(String form, String field, String message) implements Serializable {

	public static FormError of(String form, RejectedException refusal) {
		return new FormError(form, refusal.field(), refusal.getMessage());
	}

}
