package io.article28.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The most common passwords, which nobody may choose (ASVS 5.0, 6.2): the ranked list of
 * the 30,000 most frequent ones in leaked password sets that zxcvbn4j ships, read once
 * from the classpath, compared without regard to case. No network call.
 */
@Component
class CommonPasswords {

	static final String LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private final Set<String> passwords;

	CommonPasswords() {
		this.passwords = read();
	}

	boolean contains(String password) {
		return passwords.contains(password.toLowerCase(Locale.ROOT));
	}

	int size() {
		return passwords.size();
	}

	private static Set<String> read() {
		try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("the list of common passwords is missing from the classpath: " + LIST);
			}
			Set<String> passwords = new HashSet<>();
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isBlank()) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
			return passwords;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
