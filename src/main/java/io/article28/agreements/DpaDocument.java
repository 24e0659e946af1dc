package io.article28.agreements;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A DPA as shown to one customer for signature: the PDF bytes and their SHA-256, which
 * the signature must quote back.
 */
public record DpaDocument(UUID id, DpaVersionId versionId, String sha256, byte[] pdf, Instant createdAt) {

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	static String hexSha256(byte[] bytes) {
		return HexFormat.of().formatHex(sha256(bytes));
	}
}
