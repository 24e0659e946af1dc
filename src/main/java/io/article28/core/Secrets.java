package io.article28.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of links sent to people (confirmations, invitations, resets): 32 random
 * bytes, URL-safe; the database keeps only their SHA-256 digest, so that a copy of it
 * opens nothing.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String digest(String token) {
		return Digests.sha256Hex(token == null ? "" : token);
	}

	/** Whether the token is the one of the digest, in constant time. */
	public static boolean matches(String token, String digest) {
		return digest != null && MessageDigest.isEqual(digest(token).getBytes(StandardCharsets.US_ASCII),
				digest.getBytes(StandardCharsets.US_ASCII));
	}

}
