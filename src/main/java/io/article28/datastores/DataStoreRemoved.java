package io.article28.datastores;

import io.article28.accounts.OrganizationId;
import io.article28.platform.AppId;

/** A data store was removed from an app, with its credentials. */
public record DataStoreRemoved(DataStoreId storeId, OrganizationId organizationId, AppId appId) {
}
