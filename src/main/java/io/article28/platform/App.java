package io.article28.platform;

import io.article28.core.Fields;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.article28.accounts.OrganizationId;
import io.article28.core.RejectedException;

/**
 * An app a customer runs on the platform. Its public contact URL is where a person whose
 * data the app holds can reach its owner.
 */
public record App(AppId id, OrganizationId organizationId, String name, String regionCode, URI contactUrl,
		Instant createdAt) {

	/** App names become host names on the platform, hence DNS-label rules. */
	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,46}[a-z0-9]");

	public App {
		Objects.requireNonNull(id);
		Objects.requireNonNull(organizationId);
		name = Fields.matching("name", name, NAME,
				"3 to 48 lower-case letters, digits and dashes, starting and ending with a letter or digit");
		Objects.requireNonNull(regionCode);
		Objects.requireNonNull(createdAt);
	}

	static App register(OrganizationId owner, String name, String regionCode, String contactUrl, Instant now) {
		return new App(new AppId(UUID.randomUUID()), owner, name, regionCode, parseContactUrl(contactUrl), now);
	}

	public Optional<URI> contact() {
		return Optional.ofNullable(contactUrl);
	}

	static URI parseContactUrl(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(value.strip());
			boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
			if (!web || uri.getHost() == null || value.length() > 500) {
				throw RejectedException.invalid("contactUrl", "must be an http(s) URL of at most 500 characters");
			}
			return uri;
		}
		catch (java.net.URISyntaxException ex) {
			throw RejectedException.invalid("contactUrl", "must be an http(s) URL of at most 500 characters");
		}
	}
}
