package io.article28.core;

/**
 * A page asked for by a client, clamped to sane bounds.
 */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	public PageRequest {
		if (page < 0) {
			throw RejectedException.invalid("page", "page must be zero or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw RejectedException.invalid("size", "size must be between 1 and " + MAX_SIZE);
		}
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
