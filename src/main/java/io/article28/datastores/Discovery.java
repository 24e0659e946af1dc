package io.article28.datastores;

import java.time.Instant;
import java.util.UUID;

import io.article28.accounts.OrganizationId;

/**
 * One reading of a data store's catalog: queued, running (at a step), completed with its
 * counts and what changed since the discovery before, or failed with what the connection
 * came to.
 */
public record Discovery(UUID id, DataStoreId storeId, OrganizationId organizationId, Status status, Step step,
		Instant requestedAt, Instant startedAt, Instant finishedAt, Integer tableCount, Integer columnCount,
		ConnectionCheck.Status failure, UUID previousId, Changes changes) {

	public enum Status {

		QUEUED, RUNNING, COMPLETED, FAILED

	}

	/** Where a running discovery is. */
	public enum Step {

		CONNECTING, READING_CATALOG, SAMPLING, SAVING

	}

	/** How the schema changed since the discovery before; none for the first. */
	public record Changes(int tablesAdded, int tablesDropped, int columnsAdded, int columnsDropped,
			int columnsChanged) {

		public boolean any() {
			return tablesAdded + tablesDropped + columnsAdded + columnsDropped + columnsChanged > 0;
		}

	}

	public boolean inProgress() {
		return status == Status.QUEUED || status == Status.RUNNING;
	}

}
