package io.article28.datastores;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases the data stores of an erased organization, and with them their credentials and
 * their discovered schemas and classifications.
 */
@Component
class DataStoreErasure {

	private final DataStores stores;

	private final Discoveries discoveries;

	private final Snapshots snapshots;

	private final Classifications classifications;

	DataStoreErasure(DataStores stores, Discoveries discoveries, Snapshots snapshots, Classifications classifications) {
		this.stores = stores;
		this.discoveries = discoveries;
		this.snapshots = snapshots;
		this.classifications = classifications;
	}

	@EventListener
	void on(OrganizationErased event) {
		for (DataStoreId store : stores.idsOf(event.organizationId())) {
			snapshots.keepOnly(store, java.util.List.of());
			discoveries.deleteOf(store);
			classifications.deleteOf(store);
		}
		stores.deleteOf(event.organizationId());
	}

}
