package io.article28.trail;

/**
 * Who acted: a customer's member, provider staff, a machine client with a token, a job,
 * or nobody signed in.
 */
public enum ActorType {

	USER, STAFF, PLATFORM, SYSTEM, ANONYMOUS;

	/** Whether the actor's identifier names a person (a machine client acts for one). */
	public boolean isPerson() {
		return this == USER || this == STAFF || this == PLATFORM;
	}

}
