package io.article28.datastores;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases the data stores of an erased organization, and with them their credentials and
 * their discovered schemas.
 */
@Component
class DataStoreErasure {

	private final DataStores stores;

	private final Discoveries discoveries;

	private final Snapshots snapshots;

	DataStoreErasure(DataStores stores, Discoveries discoveries, Snapshots snapshots) {
		this.stores = stores;
		this.discoveries = discoveries;
		this.snapshots = snapshots;
	}

	@EventListener
	void on(OrganizationErased event) {
		for (DataStoreId store : stores.idsOf(event.organizationId())) {
			snapshots.keepOnly(store, java.util.List.of());
			discoveries.deleteOf(store);
		}
		stores.deleteOf(event.organizationId());
	}

}
