package io.article28.trail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One link of the chain. Its hash is the SHA-256 of a canonical encoding of every field,
 * including the previous entry's hash: changing any stored value, or removing an entry,
 * breaks the chain at that point.
 */
public record TrailEntry(long sequence, Instant recordedAt, ActorType actorType, String actorId, UUID organizationId,
		String action, String objectType, String objectId, String detail, String previousHash, String hash) {

	/** The previous hash of the very first entry. */
	public static final String GENESIS = "0".repeat(64);

	static TrailEntry chain(long sequence, Instant recordedAt, Actor actor, UUID organizationId, String action,
			String objectType, String objectId, String detail, String previousHash) {
		String hash = hashOf(sequence, recordedAt, actor.type(), actor.id(), organizationId, action, objectType,
				objectId, detail, previousHash);
		return new TrailEntry(sequence, recordedAt, actor.type(), actor.id(), organizationId, action, objectType,
				objectId, detail, previousHash, hash);
	}

	/** Whether the stored hash is the hash of the stored fields. */
	public boolean intact() {
		return hash.equals(hashOf(sequence, recordedAt, actorType, actorId, organizationId, action, objectType,
				objectId, detail, previousHash));
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
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
