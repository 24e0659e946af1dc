package io.article28.accounts;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a person: a member of an organization or provider staff. */
public record UserId(UUID value) implements Serializable {

	public UserId {
		java.util.Objects.requireNonNull(value);
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
