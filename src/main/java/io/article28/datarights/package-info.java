/**
 * The data subjects' rights exercised on the customers' own databases: finding a person
 * across the data stores of an app by following the data map, read-only and set-based,
 * and showing what belongs to them. Built on the data stores and their data maps.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "platform", "datastores", "requests", "trail" })
package io.article28.datarights;

import org.springframework.modulith.ApplicationModule;
