package io.article28.datastores;

import java.util.UUID;

import org.springframework.stereotype.Component;

import io.article28.Tenants;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;

/**
 * A new app of a tenant, and a data store provisioned on it, for the data-store tests.
 */
@Component
public class TestStores {

	private final PlatformManagement platform;

	private final DataStoreManagement dataStores;

	TestStores(PlatformManagement platform, DataStoreManagement dataStores) {
		this.platform = platform;
		this.dataStores = dataStores;
	}

	public App app(Tenants.Tenant tenant) {
		return platform.registerApp(tenant.organization().id(), "ds-" + UUID.randomUUID().toString().substring(0, 8),
				"osc-fr1", null);
	}

	public DataStore provision(Tenants.Tenant tenant, DataStore.Definition definition, String password) {
		return dataStores
			.provision(tenant.organization().id(), app(tenant).id(), new DataStoreId(UUID.randomUUID()), definition,
					password)
			.store();
	}

	/** A store on the test's database, signed in as the test's user. */
	public DataStore provision(Tenants.Tenant tenant, CustomerDatabases.Database database) {
		return provision(tenant, database.definition("Shop"), CustomerDatabases.PASSWORD);
	}

}
