package io.article28.platform;

import java.util.Objects;
import java.util.UUID;

/** Identifies an app hosted on the platform. */
public record AppId(UUID value) {

	public AppId {
		Objects.requireNonNull(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
