package io.article28.notifications;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import io.article28.core.AddressBlock;
import io.article28.core.RejectedException;

/**
 * Which webhook URLs are acceptable. In production only https to a public address: a
 * webhook must not become a way to reach the provider's own network. The dev profile
 * accepts any http(s) URL.
 */
final class WebhookAddress {

	static final int MAX_LENGTH = 500;

	private WebhookAddress() {
	}

	static URI check(String value, boolean allowAny) {
		URI url = parse(value);
		if (allowAny) {
			return url;
		}
		if (!"https".equals(url.getScheme())) {
			throw RejectedException.invalid("url", "must use https");
		}
		assertPublic(url);
		return url;
	}

	/**
	 * Checked again at delivery: a name may resolve elsewhere than when it was
	 * registered.
	 */
	static void assertPublic(URI url) {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(url.getHost());
		}
		catch (UnknownHostException ex) {
			throw RejectedException.invalid("url", "the host name does not resolve");
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				throw RejectedException.invalid("url",
						"must not point at a loopback, private, reserved or other special-purpose address");
			}
		}
	}

	static boolean isInternal(InetAddress address) {
		return AddressBlock.isSpecialPurpose(address);
	}

	private static URI parse(String value) {
		if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
			throw RejectedException.invalid("url", "must be a URL of at most " + MAX_LENGTH + " characters");
		}
		try {
			URI url = new URI(value.strip());
			String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("https") && !scheme.equals("http")) {
				throw RejectedException.invalid("url", "must be an http or https URL");
			}
			if (url.getHost() == null || url.getUserInfo() != null) {
				throw RejectedException.invalid("url", "must name a host, without credentials");
			}
			return url;
		}
		catch (URISyntaxException ex) {
			throw RejectedException.invalid("url", "is not a URL");
		}
	}

}
