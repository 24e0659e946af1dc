package io.article28.subprocessors;

/**
 * A change with the sub-processors it brings in and takes out (either may be null,
 * depending on its type).
 */
public record ChangeDetails(SubprocessorChange change, Subprocessor incoming, Subprocessor outgoing) {

	/** The sub-processor the change is about: the newcomer, or the one that goes. */
	public Subprocessor subject() {
		return incoming != null ? incoming : outgoing;
	}
}
