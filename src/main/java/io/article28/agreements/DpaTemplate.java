package io.article28.agreements;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.article28.core.RejectedException;

/**
 * The text of a DPA version in Markdown, with {@code {{placeholders}}} that are filled
 * for each customer. Only known placeholders are accepted, and the two signature blocks
 * must be there.
 */
public record DpaTemplate(String markdown) {

	public static final int MAX_LENGTH = 100_000;

	public static final Set<String> PLACEHOLDERS = Set.of("version.id", "version.date", "provider.name",
			"provider.block", "customer.name", "customer.block", "regions.table", "subprocessors.table",
			"terms.auditsPerYear", "terms.auditNoticeWeeks", "terms.returnPeriodDays", "terms.trailRetentionMonths",
			"terms.objectionWindowDays", "terms.objectionGrounds", "terms.governingLaw");

	public static final Set<String> REQUIRED = Set.of("provider.block", "customer.block");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

	public DpaTemplate {
		if (markdown == null || markdown.isBlank()) {
			throw RejectedException.invalid("template", "must not be blank");
		}
		if (markdown.length() > MAX_LENGTH) {
			throw RejectedException.invalid("template", "must be at most " + MAX_LENGTH + " characters");
		}
		Set<String> used = placeholdersOf(markdown);
		for (String name : used) {
			if (!PLACEHOLDERS.contains(name)) {
				throw RejectedException.invalid("template",
						"unknown placeholder {{" + name + "}}; known: " + PLACEHOLDERS.stream().sorted().toList());
			}
		}
		for (String name : REQUIRED) {
			if (!used.contains(name)) {
				throw RejectedException.invalid("template", "the placeholder {{" + name + "}} is missing");
			}
		}
		if (PLACEHOLDER.matcher(markdown).replaceAll("").contains("{{")) {
			throw RejectedException.invalid("template", "a {{ is not closed");
		}
	}

	static Set<String> placeholdersOf(String markdown) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(markdown);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** The Markdown with each placeholder replaced by its value. */
	String fill(Map<String, String> values) {
		return PLACEHOLDER.matcher(markdown)
			.replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
	}
}
