package io.article28.core;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a list, numbered from zero, with what a client needs to ask for the next
 * one.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

	@JsonProperty
	public int totalPages() {
		return (int) ((totalItems + size - 1) / size);
	}

	@JsonIgnore
	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	@JsonIgnore
	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
	}
}
