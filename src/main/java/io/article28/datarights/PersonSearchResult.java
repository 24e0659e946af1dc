package io.article28.datarights;

import java.util.List;
import java.util.UUID;

/**
 * What a search for a person found, store by store and table by table: how many rows
 * belong to the person and, when asked for, the first of them with their personal columns
 * masked. The identities searched are not in it.
 */
public record PersonSearchResult(UUID requestId, List<StoreResult> stores) {

	public PersonSearchResult {
		stores = List.copyOf(stores);
	}

	/** Whether any table of any store holds a row of the person. */
	public boolean found() {
		return stores.stream().flatMap(store -> store.tables().stream()).anyMatch(table -> table.rows() > 0);
	}

	public long rows() {
		return stores.stream().flatMap(store -> store.tables().stream()).mapToLong(TableResult::rows).sum();
	}

	public enum Status {

		/** Searched: its tables say what belongs to the person. */
		SEARCHED,
		/** No discovery has completed: nothing is known of its tables. */
		NOT_DISCOVERED,
		/** No table is declared as describing a person: nothing to start from. */
		NO_SUBJECT,
		/** The store could not be read: the reason says why. */
		FAILED

	}

	/** A data store of the app and what it holds of the person. */
	public record StoreResult(UUID id, String label, String app, Status status, String reason,
			List<TableResult> tables) {

		public StoreResult {
			tables = List.copyOf(tables);
		}

		public long rows() {
			return tables.stream().mapToLong(TableResult::rows).sum();
		}

	}

	/**
	 * A table the data map reaches, with its path to the subject, the person's rows in
	 * it, and the preview of the first of them (null when not asked for or none).
	 */
	public record TableResult(String table, String subject, List<String> path, long rows, Preview preview) {
	}

	/** Column names, and rows of values as shown: personal ones masked. */
	public record Preview(List<String> columns, List<List<String>> rows) {
	}

}
