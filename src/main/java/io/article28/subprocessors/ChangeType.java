package io.article28.subprocessors;

/** What a change does to the register. */
public enum ChangeType {

	/** A new sub-processor comes in. */
	ADD,
	/** A new sub-processor takes the place of one that goes. */
	REPLACE,
	/** A sub-processor goes. */
	REMOVE;

	boolean bringsOneIn() {
		return this != REMOVE;
	}

	boolean takesOneOut() {
		return this != ADD;
	}

}
