/**
 * The web shell: layout, sign-in, the customer dashboard and the staff area that compose
 * the other modules' views, and the demo data.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "notifications", "agreements",
		"subprocessors", "exports", "requests", "incidents", "register", "datastores" })
package io.article28.web;

import org.springframework.modulith.ApplicationModule;
