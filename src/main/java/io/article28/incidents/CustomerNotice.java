package io.article28.incidents;

/**
 * Whether the customers concerned know of a demand: told when it was registered, kept
 * from them because the law forbids telling them, or told once that prohibition ended.
 */
public enum CustomerNotice {

	NOTIFIED, WITHHELD, LIFTED;

	/** Whether the customers concerned have been told, and may see the demand. */
	public boolean told() {
		return this != WITHHELD;
	}

}
