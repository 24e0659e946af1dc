package io.article28.datastores;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases the data stores of an erased organization, and with them their credentials,
 * their discovered schemas, classifications and data maps.
 */
@Component
class DataStoreErasure {

	private final DataStores stores;

	private final StoreContents contents;

	DataStoreErasure(DataStores stores, StoreContents contents) {
		this.stores = stores;
		this.contents = contents;
	}

	@EventListener
	void on(OrganizationErased event) {
		stores.idsOf(event.organizationId()).forEach(contents::erase);
		stores.deleteOf(event.organizationId());
	}

}
