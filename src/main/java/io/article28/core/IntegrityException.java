package io.article28.core;

/**
 * Evidence the product keeps was found altered, so that a change which must leave
 * evidence cannot be made until someone looks: answered 503 with a plain message, never
 * the details.
 */
public class IntegrityException extends RuntimeException {

	public IntegrityException(String message, Throwable cause) {
		super(message, cause);
	}

}
