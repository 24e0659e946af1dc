package io.article28.datastores;

import io.article28.accounts.OrganizationId;

/**
 * The customer declared or removed a subject, a link, an erasure rule or a restriction
 * column of a store's data map; the table by its names ({@code schema.table}), never a
 * value.
 */
public record DataMapChanged(DataStoreId storeId, OrganizationId organizationId, Change change, String table) {

	public enum Change {

		SUBJECT_DECLARED("datastore.subject-declared"), SUBJECT_REMOVED("datastore.subject-removed"),
		LINK_DECLARED("datastore.link-declared"), LINK_REMOVED("datastore.link-removed"),
		ERASURE_RULE_SET("datastore.erasure-rule-set"), ERASURE_RULE_REMOVED("datastore.erasure-rule-removed"),
		RESTRICTION_COLUMN_SET("datastore.restriction-column-set"),
		RESTRICTION_COLUMN_REMOVED("datastore.restriction-column-removed");

		private final String action;

		Change(String action) {
			this.action = action;
		}

		/** The trail's action for it. */
		public String action() {
			return action;
		}

	}

}
