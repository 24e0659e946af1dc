/**
 * The provider's register of processing as a processor (GDPR article 30(2)): its
 * processing activities and security measures, kept as data, and the register generated
 * per customer from the agreements, the regions, the data stores' data maps and the
 * sub-processors; and the time-limited, logged, read-only accesses of supervisory
 * authorities to it and to the breach register.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "agreements", "subprocessors", "trail",
		"incidents", "datastores" })
package io.article28.register;

import org.springframework.modulith.ApplicationModule;
