/**
 * Sub-processors: the public register, the check of their transfers outside the EEA, and
 * the announced changes with objections and consents on each customer's DPA terms.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "trail", "agreements" })
package io.article28.subprocessors;

import org.springframework.modulith.ApplicationModule;
