package io.article28.datastores;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.article28.core.Digests;
import io.article28.core.KeyFile;

/**
 * Encrypts the data stores' passwords at rest: AES-256-GCM under a key derived from the
 * master key, which comes from DATASTORE_KEY or, without it, from a file generated once
 * into the data directory. Each ciphertext names the key it was made with and is bound to
 * its store (the store's id is the associated data), so that a ciphertext copied onto
 * another store's row does not open. Keys named in DATASTORE_PREVIOUS_KEYS, and the
 * generated key while its file remains after DATASTORE_KEY was set, still open what they
 * made, until the start-up re-encryption has moved it to the current key.
 */
@Component
class CredentialCipher {

	private static final String PREFIX = "v1";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] master;

	private final Key current;

	/** Every key that may open a ciphertext, by its id; the current one first. */
	private final Map<String, Key> keys = new LinkedHashMap<>();

	CredentialCipher(@Value("${article28.datastores.key:}") String configured,
			@Value("${article28.datastores.previous-keys:}") List<String> previous,
			@Value("${article28.data-dir:./data}") String dataDirectory) throws IOException {
		Path keyFile = Path.of(dataDirectory, "datastore.key");
		byte[] master = configured.isBlank() ? KeyFile.readOrGenerate(keyFile, "DATASTORE_KEY")
				: configured.strip().getBytes(StandardCharsets.UTF_8);
		this.master = master;
		this.current = Key.derive(master);
		keys.put(current.id(), current);
		if (!configured.isBlank() && Files.exists(keyFile)) {
			// the generated key, before DATASTORE_KEY was set: a previous key while its
			// file is there
			Key generated = Key.derive(Files.readAllBytes(keyFile));
			keys.putIfAbsent(generated.id(), generated);
		}
		List<String> older = new ArrayList<>(previous);
		older.removeIf(String::isBlank);
		for (String key : older) {
			Key derived = Key.derive(key.strip().getBytes(StandardCharsets.UTF_8));
			keys.putIfAbsent(derived.id(), derived);
		}
	}

	String encrypt(DataStoreId store, String password) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		try {
			Cipher cipher = current.cipher(Cipher.ENCRYPT_MODE, iv, store);
			byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
			Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
			return String.join(".", PREFIX, current.id(), base64.encodeToString(iv), base64.encodeToString(sealed));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JDK", ex);
		}
	}

	/**
	 * The password; refused when no known key made it or it was not made for this store.
	 */
	String decrypt(DataStoreId store, String ciphertext) {
		String[] parts = ciphertext.split("\\.");
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			throw new IllegalStateException("Not a data store credential of this version");
		}
		Key key = keys.get(parts[1]);
		if (key == null) {
			throw new IllegalStateException("The data store credential was encrypted under key " + parts[1]
					+ ", which is neither DATASTORE_KEY nor one of DATASTORE_PREVIOUS_KEYS");
		}
		Base64.Decoder base64 = Base64.getUrlDecoder();
		try {
			Cipher cipher = key.cipher(Cipher.DECRYPT_MODE, base64.decode(parts[2]), store);
			return new String(cipher.doFinal(base64.decode(parts[3])), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The data store credential does not open: altered, or not this store's",
					ex);
		}
	}

	/**
	 * The organization's pseudonym key: an HMAC of a label and its id under the master
	 * key, so that its pseudonyms are its own, never stored and never shown.
	 */
	byte[] pseudonymKey(io.article28.accounts.OrganizationId organization) {
		return mac(master, "article28 pseudonyms " + organization.value());
	}

	/** Whether the ciphertext was made with the current key. */
	boolean current(String ciphertext) {
		return ciphertext.startsWith(PREFIX + "." + current.id() + ".");
	}

	/** The id of the current key, which the README's rotation steps name. */
	String currentKeyId() {
		return current.id();
	}

	private static byte[] mac(byte[] key, String label) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}

	private record Key(String id, SecretKeySpec spec) {

		/**
		 * The encryption key is an HMAC of a label under the master key, so that other
		 * uses of the master key (pseudonyms) never meet this one; its id is the start of
		 * its own digest, which tells the key without revealing it.
		 */
		static Key derive(byte[] master) {
			byte[] key = mac(master, "article28 data store credentials");
			String id = Digests.sha256Hex(HexFormat.of().formatHex(key)).substring(0, 12);
			return new Key(id, new SecretKeySpec(key, "AES"));
		}

		Cipher cipher(int mode, byte[] iv, DataStoreId store) throws GeneralSecurityException {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, spec, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(store.toString().getBytes(StandardCharsets.UTF_8));
			return cipher;
		}

	}

}
