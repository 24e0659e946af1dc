package io.article28.datastores;

import java.time.Instant;

/**
 * A column of a data store with its category of personal data: what the classifier
 * suggested and, once a person reviewed it, what they decided. A column that the latest
 * discovery no longer found is missing, its review kept.
 */
public record ColumnClassification(String schema, String table, String column, String type, Suggestion suggestion,
		Category reviewed, Instant reviewedAt, boolean missing) {

	/** The category that holds: the reviewed one, else the suggestion. */
	public Category category() {
		return reviewed != null ? reviewed : suggestion.category();
	}

	/**
	 * Whether a person still has to look at it: a suggestion of personal data nobody
	 * reviewed.
	 */
	public boolean toReview() {
		return reviewed == null && !missing && suggestion.category().personal();
	}

	/** A column of a store, by schema, table and name. */
	public record Ref(String schema, String table, String column) {
	}

}
