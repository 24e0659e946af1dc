package io.article28.datastores;

import io.article28.accounts.OrganizationId;

/**
 * A person reviewed the category of a column: from what held before to what they decided.
 */
public record ColumnClassified(DataStoreId storeId, OrganizationId organizationId, ColumnClassification.Ref column,
		Category before, Category after) {
}
