package io.article28.datastores;

/**
 * How a search compares the e-mail addresses in a subject's identity columns with the one
 * it is given: without regard to case or surrounding spaces (most apps store them as
 * typed), or exactly as stored.
 */
public enum EmailMatch {

	IGNORE_CASE, EXACT

}
