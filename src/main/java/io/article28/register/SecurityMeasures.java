package io.article28.register;

import java.time.Instant;

import io.article28.core.Fields;

/**
 * The general description of the technical and organizational security measures (GDPR
 * article 32(1)), as the register states them, and when it was last changed.
 */
public record SecurityMeasures(String description, Instant updatedAt) {

	public static final int MAX_LENGTH = 10_000;

	public SecurityMeasures {
		description = Fields.required("description", description, MAX_LENGTH);
	}

}
