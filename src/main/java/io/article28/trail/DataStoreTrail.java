package io.article28.trail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.datastores.ColumnClassified;
import io.article28.datastores.DataMapChanged;
import io.article28.datastores.DataStoreChecked;
import io.article28.datastores.DataStoreDiscovered;
import io.article28.datastores.DataStoreDiscoveryFailed;
import io.article28.datastores.DataStoreDiscoveryRequested;
import io.article28.datastores.DataStoreProvisioned;
import io.article28.datastores.DataStoreRemoved;

/**
 * The trail of the data stores: added, replaced, removed, checked and discovered, by whom
 * and when; never an address, a user name, a password or a name of the customer's schema.
 */
@Component
class DataStoreTrail {

	private final TrailManagement trail;

	DataStoreTrail(TrailManagement trail) {
		this.trail = trail;
	}

	@EventListener
	void on(DataStoreProvisioned event) {
		trail.record(
				TrailRecord
					.of(event.created() ? "datastore.added" : "datastore.replaced", event.organizationId(),
							"data-store", event.storeId())
					.with("app", event.appId())
					.with("engine", event.engine()));
	}

	@EventListener
	void on(DataStoreRemoved event) {
		trail.record(TrailRecord.of("datastore.removed", event.organizationId(), "data-store", event.storeId())
			.with("app", event.appId()));
	}

	@EventListener
	void on(DataStoreChecked event) {
		trail.record(TrailRecord.of("datastore.checked", event.organizationId(), "data-store", event.storeId())
			.with("status", event.status()));
	}

	@EventListener
	void on(DataStoreDiscoveryRequested event) {
		trail.record(
				TrailRecord.of("datastore.discovery-requested", event.organizationId(), "data-store", event.storeId())
					.with("discovery", event.discoveryId()));
	}

	/** Counts only: the names of the customer's schema stay out of the trail. */
	@EventListener
	void on(DataStoreDiscovered event) {
		TrailRecord record = TrailRecord
			.of("datastore.discovered", event.organizationId(), "data-store", event.storeId())
			.with("discovery", event.discoveryId())
			.with("tables", event.tables())
			.with("columns", event.columns());
		if (event.changes() != null) {
			record = record.with("tablesAdded", event.changes().tablesAdded())
				.with("tablesDropped", event.changes().tablesDropped())
				.with("columnsAdded", event.changes().columnsAdded())
				.with("columnsDropped", event.changes().columnsDropped())
				.with("columnsChanged", event.changes().columnsChanged());
		}
		trail.record(record);
	}

	@EventListener
	void on(DataStoreDiscoveryFailed event) {
		trail.record(TrailRecord.of("datastore.discovery-failed", event.organizationId(), "data-store", event.storeId())
			.with("discovery", event.discoveryId())
			.with("reason", event.reason()));
	}

	/** The column by its names in the customer's schema (names, never a value). */
	@EventListener
	void on(ColumnClassified event) {
		trail.record(TrailRecord
			.of("datastore.classification-changed", event.organizationId(), "data-store", event.storeId())
			.with("column", event.column().schema() + "." + event.column().table() + "." + event.column().column())
			.with("from", event.before())
			.with("to", event.after()));
	}

	@EventListener
	void on(DataMapChanged event) {
		trail.record(TrailRecord.of(event.change().action(), event.organizationId(), "data-store", event.storeId())
			.with("table", event.table()));
	}

}
