package io.article28.notifications;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

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

	/**
	 * Every block of the IANA special-purpose address registries, IPv4 and IPv6, whether
	 * or not the registry calls it globally reachable, with the multicast ranges, the
	 * deprecated IPv4-compatible and site-local IPv6 ranges: a webhook has no business
	 * with any of them. The IPv6 blocks that carry an IPv4 address (IPv4-compatible,
	 * NAT64, 6to4, Teredo) are denied whole, so that no IPv4 address denied here is
	 * reached through its IPv6 form; Java reads an IPv4-mapped address
	 * ({@code ::ffff:0:0/96}) as the IPv4 address itself.
	 */
	static final List<String> DENIED = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
			"169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24",
			"192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
			"224.0.0.0/4", "240.0.0.0/4", "::/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23",
			"2001:db8::/32", "2002::/16", "2620:4f:8000::/48", "3fff::/20", "5f00::/16", "fc00::/7", "fe80::/10",
			"fec0::/10", "ff00::/8");

	private static final List<Block> DENIED_BLOCKS = DENIED.stream().map(Block::of).toList();

	static boolean isInternal(InetAddress address) {
		return DENIED_BLOCKS.stream().anyMatch(block -> block.contains(address.getAddress()));
	}

	/**
	 * A CIDR block, matched on the address's bytes (Spring Security's matcher throws on
	 * some IPv4 addresses against IPv6 blocks, as fuzzing found).
	 */
	private record Block(byte[] prefix, int bits) {

		static Block of(String cidr) {
			int slash = cidr.indexOf('/');
			try {
				// a literal: no name is resolved
				return new Block(InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
						Integer.parseInt(cidr.substring(slash + 1)));
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException(cidr, ex);
			}
		}

		boolean contains(byte[] address) {
			if (address.length != prefix.length) {
				return false;
			}
			for (int bit = 0; bit < bits; bit += 8) {
				int mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
				if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

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
