package io.article28;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths of the OpenAPI document made callable, for the suites that call every operation.
 */
final class ApiPaths {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

	private ApiPaths() {
	}

	/**
	 * The path with its organization, and a value of the right shape for every other
	 * part: a random id, or a name marked with {@code label}.
	 */
	static String of(String template, String organization, String label) {
		Matcher variables = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = switch (name) {
				case "orgId" -> organization;
				case "versionId", "backupId", "code", "number" -> label + "-" + name;
				default -> UUID.randomUUID().toString();
			};
			variables.appendReplacement(path, value);
		}
		variables.appendTail(path);
		return path.toString();
	}

}
