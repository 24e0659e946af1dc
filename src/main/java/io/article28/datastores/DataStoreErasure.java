package io.article28.datastores;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/** Erases the data stores of an erased organization, and with them their credentials. */
@Component
class DataStoreErasure {

	private final DataStores stores;

	DataStoreErasure(DataStores stores) {
		this.stores = stores;
	}

	@EventListener
	void on(OrganizationErased event) {
		stores.deleteOf(event.organizationId());
	}

}
