/**
 * Audit requests: a customer's plan to audit the provider, checked against the audit
 * terms of the DPA it signed (how many per 12 months, how many weeks of notice, who may
 * audit), then reviewed by the provider's DPOs, who raise concerns, agree dates or
 * refuse.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "agreements", "notifications", "trail" })
package io.article28.audits;

import org.springframework.modulith.ApplicationModule;
