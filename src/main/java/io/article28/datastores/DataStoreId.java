package io.article28.datastores;

import java.util.Objects;
import java.util.UUID;

/** A data store's id, chosen by the host platform when it provisions the store. */
public record DataStoreId(UUID value) {

	public DataStoreId {
		Objects.requireNonNull(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
