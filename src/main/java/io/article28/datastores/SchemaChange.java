package io.article28.datastores;

/**
 * A change of a store's schema from one discovery to the next; the column is null for a
 * table.
 */
public record SchemaChange(Kind kind, String schema, String table, String column) {

	public enum Kind {

		TABLE_ADDED, TABLE_DROPPED, COLUMN_ADDED, COLUMN_DROPPED, COLUMN_CHANGED

	}

}
