package io.article28.datastores;

import io.article28.accounts.OrganizationId;

/** Somebody connected to a data store to check it, with what came of it. */
public record DataStoreChecked(DataStoreId storeId, OrganizationId organizationId, ConnectionCheck.Status status) {
}
