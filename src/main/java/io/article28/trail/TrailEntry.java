package io.article28.trail;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.article28.core.Digests;

/**
 * One link of the chain. Its hash is the SHA-256 of a canonical encoding of every field,
 * including the previous entry's hash: changing any stored value, or removing an entry,
 * breaks the chain at that point.
 * <p>
 * A person named in an entry (the actor, or a user acted on) is kept twice: the
 * identifier, and its keyed pseudonym. The chain covers the pseudonym, so that when the
 * person's account is erased the identifier can be replaced by its pseudonym and the
 * chain still holds; while both are there, {@link #boundTo} checks that they belong
 * together. Entries written before pseudonyms existed have none, and their identifier is
 * chained.
 */
public record TrailEntry(long sequence, Instant recordedAt, ActorType actorType, String actorId, String actorPseudonym,
		UUID organizationId, String action, String objectType, String objectId, String objectPseudonym, String detail,
		String previousHash, String hash) {

	/** The previous hash of the very first entry. */
	public static final String GENESIS = "0".repeat(64);

	/**
	 * The columns of an entry in a CSV export, in the order of {@link #columnValues()}:
	 * every field an auditor needs to recompute the hashes.
	 */
	public static final List<String> COLUMNS = List.of("sequence", "recorded_at", "actor_type", "actor_id",
			"actor_pseudonym", "organization_id", "action", "object_type", "object_id", "object_pseudonym", "detail",
			"previous_hash", "hash");

	/** The object type of an entry about a person's account. */
	static final String PERSON_OBJECT = "user";

	static TrailEntry chain(long sequence, Instant recordedAt, Actor actor, UUID organizationId, String action,
			String objectType, String objectId, String detail, String previousHash, UnaryOperator<String> pseudonyms) {
		String actorPseudonym = actor.id() != null && actor.type().isPerson() ? pseudonyms.apply(actor.id()) : null;
		String objectPseudonym = objectId != null && PERSON_OBJECT.equals(objectType) ? pseudonyms.apply(objectId)
				: null;
		String hash = hashOf(sequence, recordedAt, actor.type(), chained(actor.id(), actorPseudonym), organizationId,
				action, objectType, chained(objectId, objectPseudonym), detail, previousHash);
		return new TrailEntry(sequence, recordedAt, actor.type(), actor.id(), actorPseudonym, organizationId, action,
				objectType, objectId, objectPseudonym, detail, previousHash, hash);
	}

	/** The entry's values in the order of {@link #COLUMNS}. */
	public List<Object> columnValues() {
		return Arrays.asList(sequence, recordedAt, actorType, actorId, actorPseudonym, organizationId, action,
				objectType, objectId, objectPseudonym, detail, previousHash, hash);
	}

	/** Whether the stored hash is the hash of the stored fields. */
	public boolean intact() {
		return hash.equals(hashOf(sequence, recordedAt, actorType, chained(actorId, actorPseudonym), organizationId,
				action, objectType, chained(objectId, objectPseudonym), detail, previousHash));
	}

	/**
	 * Whether each identifier still present is the one its pseudonym was made from: the
	 * chain covers the pseudonyms, this covers the identifiers beside them.
	 */
	boolean boundTo(UnaryOperator<String> pseudonyms) {
		return bound(actorId, actorPseudonym, pseudonyms) && bound(objectId, objectPseudonym, pseudonyms);
	}

	/** Whether the people named here have been erased, leaving their pseudonyms. */
	public boolean pseudonymized() {
		return (actorPseudonym != null && actorPseudonym.equals(actorId))
				|| (objectPseudonym != null && objectPseudonym.equals(objectId));
	}

	private static boolean bound(String identifier, String pseudonym, UnaryOperator<String> pseudonyms) {
		return pseudonym == null || pseudonym.equals(identifier) || pseudonym.equals(pseudonyms.apply(identifier));
	}

	private static String chained(String identifier, String pseudonym) {
		return pseudonym != null ? pseudonym : identifier;
	}

	/**
	 * Each field is written as its length, a colon and its value (or a tilde for none),
	 * the fields separated by bars: no two different entries encode to the same text.
	 */
	static String hashOf(long sequence, Instant recordedAt, ActorType actorType, String actorId, UUID organizationId,
			String action, String objectType, String objectId, String detail, String previousHash) {
		StringBuilder canonical = new StringBuilder();
		for (Object field : new Object[] { sequence, recordedAt, actorType, actorId, organizationId, action, objectType,
				objectId, detail, previousHash }) {
			String value = field == null ? null : field.toString();
			canonical.append(value == null ? "~" : value.length() + ":" + value).append('|');
		}
		return sha256(canonical.toString());
	}

	static String sha256(String text) {
		return Digests.sha256Hex(text);
	}
}
