package io.article28.subprocessors;

/** Where a sub-processor stands in the register. */
public enum SubprocessorStatus {

	/** Announced by a change that has not taken effect yet. */
	PLANNED,
	/** Processes data for the provider now. */
	ACTIVE,
	/** Taken out of the register by a change; kept so that past changes still name it. */
	REMOVED

}
