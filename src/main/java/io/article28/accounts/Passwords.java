package io.article28.accounts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import io.article28.core.RejectedException;

/**
 * The password rules, wherever a password is chosen (a new member, a change, a link to
 * set one): {@link AccountManagement#MIN_PASSWORD_LENGTH} to
 * {@link AccountManagement#MAX_PASSWORD_LENGTH} characters and none of the common ones;
 * kept hashed only.
 */
@Component
class Passwords {

	private final PasswordEncoder encoder;

	private final CommonPasswords common;

	Passwords(PasswordEncoder encoder, CommonPasswords common) {
		this.encoder = encoder;
		this.common = common;
	}

	/** The hash of a password that meets the rules; refused for the field otherwise. */
	String encode(String password) {
		if (password == null || password.length() < AccountManagement.MIN_PASSWORD_LENGTH) {
			throw RejectedException.invalid("password",
					"must be at least " + AccountManagement.MIN_PASSWORD_LENGTH + " characters");
		}
		if (password.length() > AccountManagement.MAX_PASSWORD_LENGTH) {
			throw RejectedException.invalid("password",
					"must be at most " + AccountManagement.MAX_PASSWORD_LENGTH + " characters");
		}
		if (common.contains(password)) {
			throw RejectedException.invalid("password", "is one of the most common passwords: choose another");
		}
		return encoder.encode(password);
	}

	boolean matches(String password, String hash) {
		return password != null && encoder.matches(password, hash);
	}

	/**
	 * A hash no password matches: the account of someone invited cannot be signed in to
	 * until they set their own password from their link.
	 */
	String unusable() {
		return encoder.encode(ApiTokens.generate() + ApiTokens.generate());
	}

}
