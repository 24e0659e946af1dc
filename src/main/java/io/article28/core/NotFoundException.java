package io.article28.core;

/**
 * A resource that does not exist, or that the caller may not know exists: both answer the
 * same.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
