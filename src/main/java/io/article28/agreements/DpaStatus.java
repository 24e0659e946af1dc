package io.article28.agreements;

/**
 * Where an organization stands with the DPA: the version it signed (if any) and the terms
 * that apply to it, and the version it is asked to sign.
 */
public record DpaStatus(State state, DpaVersionId signedVersion, DpaTerms effectiveTerms, DpaVersionId pendingVersion) {

	public enum State {

		/** Nothing signed yet. */
		NONE,
		/** The current version is signed. */
		SIGNED,
		/** An older version is signed and binding; a newer one waits for acceptance. */
		SUPERSEDED

	}
}
