/**
 * Security incidents of the provider: declared by its security staff, followed on a
 * timeline, assessed as personal data breaches or not (the breach register of Art. 33(5)
 * GDPR), with the customers a breach affects, and closed with their root cause.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "trail" })
package io.article28.incidents;

import org.springframework.modulith.ApplicationModule;
