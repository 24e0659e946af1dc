/**
 * The trail: an append-only, hash-chained log of every compliance event and operation on
 * personal data, its verification, and its retention.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "datastores" })
package io.article28.trail;

import org.springframework.modulith.ApplicationModule;
