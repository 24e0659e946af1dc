/**
 * Rights requests of data subjects: a person asks about the personal data an app hosted
 * on the platform (or the provider itself) holds; the request reaches the app's owner,
 * who answers within the legal time.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "notifications", "trail" })
package io.article28.requests;

import org.springframework.modulith.ApplicationModule;
