/**
 * The host platform's data: regions, the apps customers run on them, invoices, and the
 * provider's profile.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts" })
package io.article28.platform;

import org.springframework.modulith.ApplicationModule;
