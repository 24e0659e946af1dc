package io.article28.datastores;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.article28.core.AddressBlock;

/**
 * The hosts a data store may be at (DATASTORE_ALLOWED_HOSTS): host names, patterns such
 * as {@code *.db.example.io} (any name below that domain), and CIDR blocks or addresses.
 * Empty allows nothing. A host is allowed when every address it resolves to is in a
 * listed block, or when its name matches a listed name or pattern and the address is not
 * of a special-purpose range (loopback, private, link-local such as the cloud metadata
 * service, …): those are reached only when a block names them. Checked when the store is
 * provisioned and again at every connection, after resolution, since a name may resolve
 * elsewhere later.
 */
@Component
class HostAllowList {

	private final List<AddressBlock> blocks = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	private final List<String> domains = new ArrayList<>();

	HostAllowList(@Value("${article28.datastores.allowed-hosts:}") List<String> entries) {
		for (String entry : entries) {
			String written = entry.strip().toLowerCase(Locale.ROOT);
			if (written.isEmpty()) {
				continue;
			}
			if (AddressBlock.isWritten(written)) {
				try {
					blocks.add(AddressBlock.of(written));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException(
							"DATASTORE_ALLOWED_HOSTS holds '" + entry + "', which is not an address or CIDR block", ex);
				}
			}
			else if (written.startsWith("*.") && written.length() > 2) {
				domains.add(written.substring(1));
			}
			else if (!written.contains("*")) {
				names.add(written);
			}
			else {
				throw new IllegalStateException("DATASTORE_ALLOWED_HOSTS holds '" + entry
						+ "': a wildcard is allowed only as the first label, as in *.db.example.io");
			}
		}
	}

	/**
	 * The address to connect to for the host, resolved now and allowed; refused with the
	 * reason otherwise.
	 */
	InetAddress resolve(String host) throws ConnectionRefused {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new ConnectionRefused(ConnectionCheck.Status.HOST_UNKNOWN);
		}
		boolean named = !AddressBlock.isWritten(host) && namedHere(host.toLowerCase(Locale.ROOT));
		for (InetAddress address : addresses) {
			boolean inBlock = blocks.stream().anyMatch(block -> block.contains(address));
			if (!inBlock && !(named && !AddressBlock.isSpecialPurpose(address))) {
				throw new ConnectionRefused(ConnectionCheck.Status.HOST_NOT_ALLOWED);
			}
		}
		return addresses[0];
	}

	/**
	 * Whether a store may be provisioned at the host: it resolves to allowed addresses
	 * now, or it is a listed name or matches a pattern and does not resolve yet (the
	 * connection check will tell).
	 */
	boolean accepts(String host) {
		try {
			resolve(host);
			return true;
		}
		catch (ConnectionRefused refused) {
			return refused.status() == ConnectionCheck.Status.HOST_UNKNOWN && !AddressBlock.isWritten(host)
					&& namedHere(host.toLowerCase(Locale.ROOT));
		}
	}

	private boolean namedHere(String host) {
		return names.contains(host) || domains.stream().anyMatch(host::endsWith);
	}

}
