/**
 * The account's data rights: exporting everything it holds, and deleting the account at
 * the end of its return period.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "agreements", "trail" })
package io.article28.exports;

import org.springframework.modulith.ApplicationModule;
