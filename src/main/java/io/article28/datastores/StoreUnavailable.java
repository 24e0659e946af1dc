package io.article28.datastores;

/**
 * A data store could not be read: what the connection or the statement came to, in words
 * that hold no value of the store and nothing the driver said.
 */
public class StoreUnavailable extends RuntimeException {

	private final ConnectionCheck.Status status;

	StoreUnavailable(ConnectionCheck.Status status, String reason) {
		super(reason);
		this.status = status;
	}

	public ConnectionCheck.Status status() {
		return status;
	}

}
