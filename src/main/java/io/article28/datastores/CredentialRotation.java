package io.article28.datastores;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After DATASTORE_KEY changed, at the next start: every password still encrypted under a
 * previous key (DATASTORE_PREVIOUS_KEYS) is encrypted again under the current one, after
 * which the previous key may be dropped (README, "Rotating the data store key").
 */
@Component
class CredentialRotation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CredentialRotation.class);

	private final DataStores stores;

	private final CredentialCipher cipher;

	CredentialRotation(DataStores stores, CredentialCipher cipher) {
		this.stores = stores;
		this.cipher = cipher;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int moved = rotate();
		if (moved > 0) {
			log.info("Encrypted {} data store password(s) again under the current key {}", moved,
					cipher.currentKeyId());
		}
	}

	/** How many passwords were moved to the current key. */
	int rotate() {
		int moved = 0;
		for (Map.Entry<DataStoreId, String> entry : stores.allCiphertexts().entrySet()) {
			if (cipher.current(entry.getValue())) {
				continue;
			}
			try {
				String password = cipher.decrypt(entry.getKey(), entry.getValue());
				stores.reencrypt(entry.getKey(), cipher.encrypt(entry.getKey(), password));
				moved++;
			}
			catch (IllegalStateException ex) {
				log.warn("The password of data store {} does not open with the configured keys ({}); "
						+ "provision it again", entry.getKey(), ex.getMessage());
			}
		}
		return moved;
	}

}
