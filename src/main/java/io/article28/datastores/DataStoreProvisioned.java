package io.article28.datastores;

import io.article28.accounts.OrganizationId;
import io.article28.platform.AppId;

/** A data store was added to an app, or its definition replaced (never its password). */
public record DataStoreProvisioned(DataStoreId storeId, OrganizationId organizationId, AppId appId, Engine engine,
		boolean created) {
}
