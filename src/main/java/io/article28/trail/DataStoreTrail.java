package io.article28.trail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.datastores.DataStoreChecked;
import io.article28.datastores.DataStoreProvisioned;
import io.article28.datastores.DataStoreRemoved;

/**
 * The trail of the data stores: added, replaced, removed and checked, by whom and when;
 * never an address, a user name or a password.
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

}
