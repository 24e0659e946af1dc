package io.article28.trail;

/**
 * Who acted: a customer's member, provider staff, a machine client with a token, a job,
 * or nobody signed in.
 */
public enum ActorType {

	USER, STAFF, PLATFORM, SYSTEM, ANONYMOUS

}
