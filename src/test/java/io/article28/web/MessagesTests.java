package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key a template names exists in the bundle, so no page shows a raw key.
 */
class MessagesTests {

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9_.]+)' \\+");

	@Test
	void everyStaticKeyUsedInATemplateIsDefined() throws IOException {
		Properties messages = load();
		Set<String> missing = new HashSet<>();
		for (String template : templates()) {
			Matcher matcher = KEY.matcher(template);
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyDynamicKeyPrefixHasDefinitions() throws IOException {
		Properties messages = load();
		Set<String> prefixes = new HashSet<>();
		for (String template : templates()) {
			Matcher matcher = DYNAMIC_KEY.matcher(template);
			while (matcher.find()) {
				prefixes.add(matcher.group(1));
			}
		}
		assertThat(prefixes).isNotEmpty()
			.allSatisfy(prefix -> assertThat(messages.stringPropertyNames()).anyMatch(key -> key.startsWith(prefix)));
	}

	private static Properties load() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			messages.load(in);
		}
		return messages;
	}

	private static Iterable<String> templates() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			return files.filter(path -> path.toString().endsWith(".html")).map(path -> {
				try {
					return Files.readString(path);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
	}

}
