/**
 * Account exports: an organization takes all or part of its data away as a ZIP of JSON,
 * CSV and the signed PDFs, built in the background and downloadable for a week.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "agreements", "subprocessors",
		"notifications", "trail" })
package io.article28.exports;

import org.springframework.modulith.ApplicationModule;
