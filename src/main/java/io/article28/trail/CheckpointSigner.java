package io.article28.trail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs the checkpoint a purge leaves behind (HMAC-SHA256), so that the start of the
 * remaining chain cannot be rewritten along with it. The key comes from
 * TRAIL_SIGNING_KEY; without it, one is generated once into the data directory — several
 * instances must then share that key.
 */
@Component
class CheckpointSigner {

	private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

	private static final String ALGORITHM = "HmacSHA256";

	private final byte[] key;

	CheckpointSigner(@Value("${article28.trail.signing-key:}") String configured,
			@Value("${article28.data-dir:./data}") String dataDirectory) throws IOException {
		this.key = configured.isBlank() ? keyFile(Path.of(dataDirectory, "trail-signing.key"))
				: configured.getBytes(StandardCharsets.UTF_8);
	}

	String sign(TrailEntries.Checkpoint checkpoint) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			String payload = checkpoint.sequence() + "|" + checkpoint.hash() + "|" + checkpoint.purgedEntries() + "|"
					+ checkpoint.createdAt();
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

	private static byte[] keyFile(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readAllBytes(file);
		}
		byte[] generated = new byte[32];
		new SecureRandom().nextBytes(generated);
		Files.createDirectories(file.getParent());
		Files.write(file, generated);
		log.warn("Generated the trail checkpoint signing key in {}; set TRAIL_SIGNING_KEY to share one key "
				+ "between instances", file.toAbsolutePath());
		return generated;
	}

}
