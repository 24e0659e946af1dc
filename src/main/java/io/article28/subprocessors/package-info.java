/**
 * Sub-processors: the public register, the check of their transfers outside the EEA, and
 * (to come) the announced changes with objections and consents on each customer's DPA
 * terms.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "trail" })
package io.article28.subprocessors;

import org.springframework.modulith.ApplicationModule;
