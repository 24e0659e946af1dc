package io.article28.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import io.article28.core.Digests;

/**
 * The secrets of a request's links: random, unguessable, sent to the person only; the
 * database keeps their SHA-256 digest, so a copy of it opens nothing.
 */
final class RequestTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RequestTokens() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String digest(String token) {
		return Digests.sha256Hex(token == null ? "" : token);
	}

	static boolean matches(String token, String digest) {
		return digest != null && MessageDigest.isEqual(digest(token).getBytes(StandardCharsets.US_ASCII),
				digest.getBytes(StandardCharsets.US_ASCII));
	}

}
