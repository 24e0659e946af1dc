package io.article28.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * A CIDR block such as {@code 10.0.0.0/8} or {@code fd00::/8}, matched on the address's
 * bytes (Spring Security's matcher throws on some IPv4 addresses against IPv6 blocks, as
 * fuzzing found). An IPv4 block never holds an IPv6 address, and the other way round.
 */
public record AddressBlock(byte[] prefix, int bits) {

	/**
	 * Every block of the IANA special-purpose address registries, IPv4 and IPv6, whether
	 * or not the registry calls it globally reachable, with the multicast ranges, the
	 * deprecated IPv4-compatible and site-local IPv6 ranges: an address the product
	 * reaches on a customer's say-so (a webhook, a data store) is none of these unless
	 * the operator allowed it by name. The IPv6 blocks that carry an IPv4 address
	 * (IPv4-compatible, NAT64, 6to4, Teredo) are denied whole, so that no IPv4 address
	 * denied here is reached through its IPv6 form; Java reads an IPv4-mapped address
	 * ({@code ::ffff:0:0/96}) as the IPv4 address itself.
	 */
	public static final List<String> SPECIAL_PURPOSE = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
			"127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24",
			"192.52.193.0/24", "192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15",
			"198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/96", "64:ff9b::/96",
			"64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "2002::/16", "2620:4f:8000::/48", "3fff::/20",
			"5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

	private static final List<AddressBlock> SPECIAL_PURPOSE_BLOCKS = SPECIAL_PURPOSE.stream()
		.map(AddressBlock::of)
		.toList();

	/** Whether the address is in one of the {@link #SPECIAL_PURPOSE} blocks. */
	public static boolean isSpecialPurpose(InetAddress address) {
		return SPECIAL_PURPOSE_BLOCKS.stream().anyMatch(block -> block.contains(address));
	}

	/**
	 * The block written as an address literal, a slash and a prefix length; a bare
	 * literal is the block of that one address. No name is resolved.
	 */
	public static AddressBlock of(String cidr) {
		String written = cidr.strip();
		int slash = written.indexOf('/');
		String literal = slash < 0 ? written : written.substring(0, slash);
		if (!literal.matches("[0-9a-fA-F.:]+") || !(literal.contains(".") || literal.contains(":"))) {
			throw new IllegalArgumentException("not an address literal: " + cidr);
		}
		try {
			byte[] prefix = InetAddress.getByName(literal).getAddress();
			int bits = slash < 0 ? prefix.length * 8 : Integer.parseInt(written.substring(slash + 1));
			if (bits < 0 || bits > prefix.length * 8) {
				throw new IllegalArgumentException("prefix length out of range: " + cidr);
			}
			return new AddressBlock(prefix, bits);
		}
		catch (UnknownHostException | NumberFormatException ex) {
			throw new IllegalArgumentException("not a CIDR block: " + cidr, ex);
		}
	}

	/**
	 * Whether the text is written as an address or a block rather than a host name: only
	 * digits and dots (IPv4), or a colon (IPv6), before an optional prefix length.
	 */
	public static boolean isWritten(String text) {
		String written = text.strip();
		int slash = written.indexOf('/');
		String literal = slash < 0 ? written : written.substring(0, slash);
		return literal.matches("[0-9.]+") || literal.contains(":");
	}

	public boolean contains(InetAddress address) {
		return contains(address.getAddress());
	}

	public boolean contains(byte[] address) {
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
