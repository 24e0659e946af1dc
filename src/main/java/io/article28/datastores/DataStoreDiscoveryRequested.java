package io.article28.datastores;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/** Somebody asked for a discovery of a data store's schema. */
public record DataStoreDiscoveryRequested(DataStoreId storeId, OrganizationId organizationId, UUID discoveryId) {
}
