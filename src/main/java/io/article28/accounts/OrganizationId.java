package io.article28.accounts;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a customer organization. */
public record OrganizationId(UUID value) implements Serializable {

	public OrganizationId {
		java.util.Objects.requireNonNull(value);
	}

	public static OrganizationId random() {
		return new OrganizationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
