package io.article28.platform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.article28.core.RejectedException;

/**
 * A custom domain of an app, such as {@code acme-health.example}: a host name of two
 * labels or more, lower-case, each label of DNS rules (letters, digits and inner dashes,
 * at most 63 characters), at most 253 characters in all, the last label not a number.
 */
public record AppDomain(String value) {

	/** The most custom domains one app has. */
	public static final int MAX_PER_APP = 20;

	public static final int MAX_LENGTH = 253;

	public static final int MAX_LABEL = 63;

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

	private static final String RULE = "a host name such as shop.example: lower-case letters, digits and dashes, "
			+ "labels of at most " + MAX_LABEL + " characters separated by dots, at most " + MAX_LENGTH + " in all";

	public AppDomain {
		if (value == null || value.length() > MAX_LENGTH || !value.contains(".")) {
			throw RejectedException.invalid("domains", RULE);
		}
		String[] labels = value.split("\\.", -1);
		for (String label : labels) {
			if (label.length() > MAX_LABEL || !LABEL.matcher(label).matches()) {
				throw RejectedException.invalid("domains", RULE);
			}
		}
		if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
			throw RejectedException.invalid("domains", "an address, not a host name: " + RULE);
		}
	}

	/**
	 * The domain as written by the platform: stripped, in lower case, without a final
	 * dot.
	 */
	public static AppDomain of(String written) {
		if (written == null) {
			throw RejectedException.invalid("domains", RULE);
		}
		String host = written.strip().toLowerCase(Locale.ROOT);
		return new AppDomain(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
	}

	/**
	 * The domains of one app: each once, in the order given, at most
	 * {@link #MAX_PER_APP}.
	 */
	public static List<AppDomain> list(List<String> written) {
		if (written == null) {
			return List.of();
		}
		LinkedHashSet<AppDomain> domains = new LinkedHashSet<>();
		written.forEach(domain -> domains.add(of(domain)));
		if (domains.size() > MAX_PER_APP) {
			throw RejectedException.invalid("domains", "an app has at most " + MAX_PER_APP + " domains");
		}
		return List.copyOf(domains);
	}

	@Override
	public String toString() {
		return value;
	}

}
