package io.article28.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.article28.core.RejectedException;

/**
 * What a person types to name an app: its name ({@code acme-website}), or an address of
 * it, a host name or a pasted URL ({@code https://www.acme-health.example/contact}), read
 * without regard to case, and with or without {@code www.}.
 */
record AppAddress(String name, String host) {

	private static final String WWW = "www.";

	static AppAddress of(String typed) {
		String text = typed.strip().toLowerCase(Locale.ROOT);
		if (!text.contains("://") && !text.contains("/") && !text.contains(".") && !text.contains(":")) {
			return new AppAddress(text, null);
		}
		String host;
		try {
			host = URI.create(text.contains("://") ? text : "https://" + text).getHost();
		}
		catch (IllegalArgumentException ex) {
			host = null;
		}
		if (host == null || host.isBlank()) {
			throw RejectedException.invalid("app", "not an app name or address");
		}
		host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
		return new AppAddress(null, host);
	}

	/**
	 * The host names a custom domain may be: the host typed, and without {@code www.}.
	 */
	List<String> domains() {
		if (host == null) {
			return List.of();
		}
		return host.startsWith(WWW) ? List.of(host, bare()) : List.of(host);
	}

	private String bare() {
		return host.startsWith(WWW) ? host.substring(WWW.length()) : host;
	}

	/**
	 * The app's name: the name typed, or the label before one of the platform's domains
	 * ({@code acme-website.apps.example.io} names {@code acme-website} when the platform
	 * serves its apps under {@code apps.example.io}); none for any other host, which only
	 * a custom domain names.
	 */
	Optional<String> appName(List<String> platformDomains) {
		if (name != null) {
			return Optional.of(name);
		}
		String bare = bare();
		return platformDomains.stream()
			.map(domain -> "." + domain.strip().toLowerCase(Locale.ROOT))
			.filter(suffix -> suffix.length() > 1 && bare.endsWith(suffix))
			.map(suffix -> bare.substring(0, bare.length() - suffix.length()))
			.filter(label -> !label.isEmpty() && !label.contains("."))
			.findFirst();
	}

}
