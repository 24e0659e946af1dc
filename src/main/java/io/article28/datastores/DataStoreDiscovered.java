package io.article28.datastores;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/**
 * A data store's catalog was read: how many tables and columns, and what changed since
 * the discovery before (null for the first). Counts only, never a name of the schema.
 */
public record DataStoreDiscovered(DataStoreId storeId, OrganizationId organizationId, UUID discoveryId, int tables,
		int columns, Discovery.Changes changes) {
}
