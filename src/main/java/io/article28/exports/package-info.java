/**
 * The account's data rights: exporting all or part of its data as a ZIP of JSON, CSV and
 * the signed PDFs, built in the background and downloadable for a week; and deleting the
 * account at the end of its return period.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "agreements", "subprocessors",
		"notifications", "requests", "audits", "incidents", "datastores", "trail" })
package io.article28.exports;

import org.springframework.modulith.ApplicationModule;
