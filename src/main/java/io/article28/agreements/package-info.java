/**
 * The DPA: versions written as templates with machine-readable terms, rendered for each
 * customer.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "trail", "trail :: spi" })
package io.article28.agreements;

import org.springframework.modulith.ApplicationModule;
