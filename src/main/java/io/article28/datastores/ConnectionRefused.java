package io.article28.datastores;

import java.sql.SQLNonTransientConnectionException;

/**
 * A connection to a data store that the product refuses, or that failed for a known
 * reason, before or after the driver tried. Its message says what it means, never the
 * driver's words.
 */
class ConnectionRefused extends SQLNonTransientConnectionException {

	private final ConnectionCheck.Status status;

	ConnectionRefused(ConnectionCheck.Status status) {
		super(status.description());
		this.status = status;
	}

	ConnectionCheck.Status status() {
		return status;
	}

}
