package io.article28.datastores;

import java.util.List;

/**
 * What the classifier suggests for a column: a category, a confidence from 0 to 100, and
 * the evidence (which rules matched, the share of the sample that passed): never a value.
 */
public record Suggestion(Category category, int confidence, List<String> evidence) {

	/** Below this confidence a column is suggested as not personal. */
	public static final int THRESHOLD = 50;

	public Suggestion {
		evidence = List.copyOf(evidence);
	}

	static Suggestion none(List<String> evidence) {
		return new Suggestion(Category.NONE, 0, evidence);
	}

}
