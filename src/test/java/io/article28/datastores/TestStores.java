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

	/** A shop store, its database and the schema its tables are in. */
	public record Shop(DataStore store, CustomerDatabases.Database database, String schema) {
	}

	/**
	 * A store labelled "Shop" on a new shop database of six people on the engine,
	 * discovered, nothing declared yet. The database is dropped by
	 * {@link CustomerDatabases#dropAll}.
	 */
	public Shop shop(Tenants.Tenant tenant, Engine engine) throws SQLException {
		var database = CustomerDatabases.create(engine);
		ShopSchema.create(database);
		ShopSchema.fill(database);
		DataStore store = provision(tenant, database);
		dataMaps.requestDiscovery(tenant.organization().id(), store.id());
		discoveries.discoverQueued();
		return new Shop(store, database, ShopSchema.schemaOf(database));
	}

	/**
	 * A discovered shop store on the embedded engine, with {@code public.customers}
	 * declared the subject (by e-mail).
	 */
	public DataStore discoveredShop(Tenants.Tenant tenant) throws SQLException {
		DataStore store = shop(tenant, Engine.EMBEDDED).store();
		dataMaps.declareSubject(tenant.organization().id(), store.id(), "public", "customers", List.of("email"));
		return store;
	}

	/** A store on the test's database, signed in as the test's user. */
	public DataStore provision(Tenants.Tenant tenant, CustomerDatabases.Database database) {
		return provision(tenant, database.definition("Shop"), CustomerDatabases.PASSWORD);
	}

}
