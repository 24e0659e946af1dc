package io.article28.core;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, numbered from zero, with what a client needs to ask for the next one.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

	public int totalPages() {
		return (int) ((totalItems + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
	}
}
