package io.article28.accounts;

import java.time.Duration;

/** Why a person was sent a link to set a password, and how long the link holds. */
public enum PasswordLinkPurpose {

	/** A new staff member chooses its first password. */
	INVITATION(Duration.ofDays(7)),
	/** Someone who forgot its password chooses a new one. */
	RESET(Duration.ofHours(1));

	private final Duration validity;

	PasswordLinkPurpose(Duration validity) {
		this.validity = validity;
	}

	public Duration validity() {
		return validity;
	}

}
