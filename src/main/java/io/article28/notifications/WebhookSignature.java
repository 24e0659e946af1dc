package io.article28.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook call:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} in the {@value #HEADER}
 * header. The receiver recomputes it with the shared secret and rejects calls whose
 * timestamp is too old, which defeats replays.
 */
public final class WebhookSignature {

	public static final String HEADER = "Article28-Signature";

	private WebhookSignature() {
	}

	public static String header(String secret, long timestamp, String body) {
		return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
	}

	static String hmac(String secret, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}

}
