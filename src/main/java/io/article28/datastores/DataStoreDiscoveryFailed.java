package io.article28.datastores;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/** A discovery could not read the catalog, for this reason. */
public record DataStoreDiscoveryFailed(DataStoreId storeId, OrganizationId organizationId, UUID discoveryId,
		ConnectionCheck.Status reason) {
}
