package io.article28.register;

/** What staff write to add a processing activity or to change one. */
public record ActivityDescription(String dataSubjects, String purpose, String nature, String legalBasis,
		String dataCategories, String retention) {
}
