package io.article28.platform;

import io.article28.core.Fields;
import java.util.List;
import java.util.regex.Pattern;

import io.article28.core.RejectedException;

/**
 * Where customer data lives: the platform's region code, the infrastructure provider and
 * its own region name, the datacenters, and where backups are kept.
 */
public record Region(String code, String infrastructureProvider, String providerRegion, List<String> datacenters,
		String backupLocation) {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

	public Region {
		code = Fields.matching("code", code, CODE, "lower-case letters, digits and dashes, 2 to 40 characters");
		infrastructureProvider = Fields.line("infrastructureProvider", infrastructureProvider, 100);
		providerRegion = Fields.line("providerRegion", providerRegion, 100);
		if (datacenters == null || datacenters.isEmpty()) {
			throw RejectedException.invalid("datacenters", "at least one datacenter location");
		}
		datacenters = datacenters.stream().map(location -> Fields.required("datacenters", location, 200)).toList();
		if (String.join("; ", datacenters).length() > 500) {
			throw RejectedException.invalid("datacenters", "at most 500 characters in all");
		}
		backupLocation = Fields.line("backupLocation", backupLocation, 500);
	}
}
