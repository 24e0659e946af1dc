package io.article28.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret key kept in a file of the data directory when no key is configured: 32 random
 * bytes generated at the first start, read at every later one. Several instances must
 * then share the file, or be given the key by configuration.
 */
public final class KeyFile {

	private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private KeyFile() {
	}

	/** The key in the file, generated into it first when there is none. */
	public static byte[] readOrGenerate(Path file, String variable) throws IOException {
		if (Files.exists(file)) {
			return Files.readAllBytes(file);
		}
		byte[] generated = new byte[32];
		RANDOM.nextBytes(generated);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, generated);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's own protection applies
		}
		log.warn("Generated a key in {}; set {} to share one key between instances", file.toAbsolutePath(), variable);
		return generated;
	}

}
