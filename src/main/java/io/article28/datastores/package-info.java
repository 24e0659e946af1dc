/**
 * The customer's hosted databases (data stores): their definitions and encrypted
 * credentials, the host allow-list, and guarded, read-only connections through a small
 * pool per store. The data map (discovery, classification, subjects) builds on them.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform" })
package io.article28.datastores;

import org.springframework.modulith.ApplicationModule;
