package io.article28.requests;

/**
 * How the controller answered: in full, in part, or not, with its reason (such as a
 * manifestly unfounded request).
 */
public enum RequestOutcome {

	FULFILLED, PARTIALLY_FULFILLED, REFUSED

}
