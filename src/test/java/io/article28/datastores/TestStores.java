package io.article28.datastores;

import java.sql.SQLException;
import java.util.List;
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

	private final DataMapManagement dataMaps;

	private final DiscoveryJob discoveries;

	TestStores(PlatformManagement platform, DataStoreManagement dataStores, DataMapManagement dataMaps,
			DiscoveryJob discoveries) {
		this.platform = platform;
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
		this.discoveries = discoveries;
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

	/**
	 * A store labelled "Shop" on a new embedded shop database of six people, discovered,
	 * with {@code public.customers} declared the subject (by e-mail). The database is
	 * dropped by {@link CustomerDatabases#dropAll}.
	 */
	public DataStore discoveredShop(Tenants.Tenant tenant) throws SQLException {
		var database = CustomerDatabases.create(Engine.EMBEDDED);
		ShopSchema.create(database);
		ShopSchema.fill(database);
		DataStore store = provision(tenant, database);
		dataMaps.requestDiscovery(tenant.organization().id(), store.id());
		discoveries.discoverQueued();
		dataMaps.declareSubject(tenant.organization().id(), store.id(), "public", "customers", List.of("email"));
		return store;
	}

	/** A store on the test's database, signed in as the test's user. */
	public DataStore provision(Tenants.Tenant tenant, CustomerDatabases.Database database) {
		return provision(tenant, database.definition("Shop"), CustomerDatabases.PASSWORD);
	}

}
