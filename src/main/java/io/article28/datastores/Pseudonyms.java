package io.article28.datastores;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;

/**
 * The organization's keyed pseudonyms computed here, equal to those a store's session
 * computes in SQL ({@link StoreSession#pseudonym}): HMAC-SHA256 under the organization's
 * key, in lower-case hex. A suppression list holds them, so that a store finds the people
 * it names without their identities in clear.
 */
@Component
public class Pseudonyms {

	private final CredentialCipher cipher;

	Pseudonyms(CredentialCipher cipher) {
		this.cipher = cipher;
	}

	public String of(OrganizationId owner, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(cipher.pseudonymKey(owner), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", ex);
		}
	}

}
