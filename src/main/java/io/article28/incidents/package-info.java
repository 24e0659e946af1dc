/**
 * Security incidents of the provider: declared by its security staff, followed on a
 * timeline, assessed as personal data breaches or not (the breach register of Art. 33(5)
 * GDPR), with the customers a breach affects, who are told and given their own 72-hour
 * clock and draft notification to their supervisory authority; and the government demands
 * for customer data, told to the customers concerned unless the law forbids it.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "datastores", "trail", "notifications" })
package io.article28.incidents;

import org.springframework.modulith.ApplicationModule;
