package io.article28.trail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.article28.core.KeyFile;

/**
 * The trail's secret key, for two uses. It signs the checkpoint a purge leaves behind
 * (HMAC-SHA256), so that the start of the remaining chain cannot be rewritten along with
 * it. And it makes the keyed pseudonyms of people named in entries, which the chain
 * covers in their place, so that erasing a person leaves the chain whole. The key comes
 * from TRAIL_SIGNING_KEY; without it, one is generated once into the data directory —
 * several instances must then share that key.
 */
@Component
class TrailKey {

	private static final String ALGORITHM = "HmacSHA256";

	private final byte[] key;

	TrailKey(@Value("${article28.trail.signing-key:}") String configured,
			@Value("${article28.data-dir:./data}") String dataDirectory) throws IOException {
		this.key = configured.isBlank()
				? KeyFile.readOrGenerate(Path.of(dataDirectory, "trail-signing.key"), "TRAIL_SIGNING_KEY")
				: configured.getBytes(StandardCharsets.UTF_8);
	}

	String sign(TrailEntries.Checkpoint checkpoint) {
		return mac(checkpoint.sequence() + "|" + checkpoint.hash() + "|" + checkpoint.purgedEntries() + "|"
				+ checkpoint.createdAt());
	}

	/**
	 * The keyed pseudonym of a person's identifier: the same person always gets the same
	 * one, and without the key it cannot be traced back. The prefix keeps it apart from
	 * checkpoint payloads, which start with a number.
	 */
	String pseudonym(String identifier) {
		return mac("person|" + identifier);
	}

	private String mac(String payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}

	boolean verify(TrailEntries.Checkpoint checkpoint) {
		return MessageDigest.isEqual(sign(checkpoint).getBytes(StandardCharsets.UTF_8),
				checkpoint.signature().getBytes(StandardCharsets.UTF_8));
	}

}
