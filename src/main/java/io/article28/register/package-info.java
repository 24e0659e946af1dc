/**
 * The provider's register of processing as a processor (GDPR article 30(2)): its
 * processing activities and security measures, kept as data, and the register generated
 * per customer from the agreements, the regions and the sub-processors.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "agreements", "subprocessors", "trail" })
package io.article28.register;

import org.springframework.modulith.ApplicationModule;
