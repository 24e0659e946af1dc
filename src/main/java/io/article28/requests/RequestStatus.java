package io.article28.requests;

/**
 * Where a request stands: waiting for the person to confirm its email, received by the
 * controller, acknowledged by it, answered, closed.
 */
public enum RequestStatus {

	UNCONFIRMED, RECEIVED, ACKNOWLEDGED, ANSWERED, CLOSED;

	/** Whether the controller still owes an answer. */
	public boolean open() {
		return this == RECEIVED || this == ACKNOWLEDGED;
	}

}
