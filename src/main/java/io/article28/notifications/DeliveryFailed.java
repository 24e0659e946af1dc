package io.article28.notifications;

/**
 * A delivery attempt that did not go through; the message says why, for the attempt log.
 */
class DeliveryFailed extends Exception {

	DeliveryFailed(String reason, Throwable cause) {
		super(reason, cause);
	}

	DeliveryFailed(String reason) {
		super(reason);
	}

}
