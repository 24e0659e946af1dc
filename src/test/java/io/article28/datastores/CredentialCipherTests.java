package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords are sealed with AES-GCM under a key derived from DATASTORE_KEY (or a key file
 * of the data directory), bound to their store, and still opened by a previous key until
 * they are sealed again under the current one.
 */
class CredentialCipherTests {

	static final String PASSWORD = "correct horse battery staple";

	static final DataStoreId STORE = new DataStoreId(UUID.fromString("6f1c0d1e-0000-4000-8000-000000000001"));

	@TempDir
	Path dataDirectory;

	@Test
	void aPasswordComesBackOnlyFromItsOwnCiphertextWhichDoesNotHoldIt() throws Exception {
		CredentialCipher cipher = cipher("the-current-key", List.of());

		String sealed = cipher.encrypt(STORE, PASSWORD);

		assertThat(sealed).doesNotContain(PASSWORD).startsWith("v1." + cipher.currentKeyId() + ".");
		assertThat(cipher.decrypt(STORE, sealed)).isEqualTo(PASSWORD);
		assertThat(cipher.encrypt(STORE, PASSWORD)).as("a new nonce each time").isNotEqualTo(sealed);
	}

	@Test
	void aCiphertextCopiedOntoAnotherStoreOrAlteredDoesNotOpen() throws Exception {
		CredentialCipher cipher = cipher("the-current-key", List.of());
		String sealed = cipher.encrypt(STORE, PASSWORD);

		assertThatThrownBy(() -> cipher.decrypt(new DataStoreId(UUID.randomUUID()), sealed))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining(PASSWORD);
		String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("AA") ? "AB" : "AA");
		assertThatThrownBy(() -> cipher.decrypt(STORE, altered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aPreviousKeyStillOpensWhatItSealedAndAnUnknownKeyIsNamed() throws Exception {
		CredentialCipher before = cipher("the-old-key", List.of());
		String sealed = before.encrypt(STORE, PASSWORD);
		CredentialCipher after = cipher("the-new-key", List.of("the-old-key"));

		assertThat(after.current(sealed)).isFalse();
		assertThat(after.decrypt(STORE, sealed)).isEqualTo(PASSWORD);
		assertThat(after.current(after.encrypt(STORE, PASSWORD))).isTrue();
		assertThatThrownBy(() -> cipher("the-new-key", List.of()).decrypt(STORE, sealed))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining(before.currentKeyId())
			.hasMessageContaining("DATASTORE_PREVIOUS_KEYS");
	}

	@Test
	void withoutAConfiguredKeyOneIsGeneratedOnceIntoTheDataDirectory() throws Exception {
		CredentialCipher first = cipher("", List.of());
		Path keyFile = dataDirectory.resolve("datastore.key");
		assertThat(keyFile).exists();
		assertThat(Files.size(keyFile)).isEqualTo(32);

		CredentialCipher second = cipher("", List.of());

		assertThat(second.currentKeyId()).isEqualTo(first.currentKeyId());
		assertThat(second.decrypt(STORE, first.encrypt(STORE, PASSWORD))).isEqualTo(PASSWORD);
	}

	@Test
	void afterDatastoreKeyIsSetTheGeneratedKeyStillOpensWhatItSealedWhileItsFileIsThere() throws Exception {
		String sealed = cipher("", List.of()).encrypt(STORE, PASSWORD);
		CredentialCipher configured = cipher("a-configured-key", List.of());

		assertThat(configured.current(sealed)).isFalse();
		assertThat(configured.decrypt(STORE, sealed)).isEqualTo(PASSWORD);
		Files.delete(dataDirectory.resolve("datastore.key"));
		assertThatThrownBy(() -> cipher("a-configured-key", List.of()).decrypt(STORE, sealed))
			.isInstanceOf(IllegalStateException.class);
	}

	private CredentialCipher cipher(String key, List<String> previous) throws Exception {
		return new CredentialCipher(key, previous, dataDirectory.toString());
	}

}
