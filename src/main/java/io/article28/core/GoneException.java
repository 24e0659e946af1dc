package io.article28.core;

/**
 * A resource that existed and is gone for good, such as an expired download: answered
 * 410, so that a client stops asking.
 */
public class GoneException extends RuntimeException {

	public GoneException(String message) {
		super(message);
	}

}
