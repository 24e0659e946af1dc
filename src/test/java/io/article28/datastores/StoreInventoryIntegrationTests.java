package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.IntegrationTest;
import io.article28.Tenants;

/**
 * What a store holds, as the register, a breach notice and the export state it: nothing
 * before its first discovery; then the categories found as reviewed or else suggested,
 * the personal columns nobody reviewed yet, and the people the declared subject tables
 * hold by their row estimates.
 */
@IntegrationTest
class StoreInventoryIntegrationTests {

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@Autowired
	DiscoveryJob job;

	@Test
	void aStoreHoldsTheCategoriesFoundItsColumnsToReviewAndThePeopleOfItsSubjectTables() throws Exception {
		var tenant = tenants.create();
		var database = CustomerDatabases.create(Engine.EMBEDDED);
		ShopSchema.create(database);
		ShopSchema.fill(database);
		DataStore shop = stores.provision(tenant, database);
		DataStore empty = stores.provision(tenant, database.definition("Archive"), CustomerDatabases.PASSWORD);
		var organization = tenant.organization().id();

		assertThat(dataMaps.inventories(List.of(organization))).extracting(StoreInventory::label)
			.containsExactly("Archive", "Shop");
		StoreInventory before = dataMaps.inventoriesOf(List.of(shop.id())).get(0);
		assertThat(before.discovered()).isFalse();
		assertThat(before.categories()).isEmpty();
		assertThat(before.approximatePersons()).isNull();

		dataMaps.requestDiscovery(organization, shop.id());
		job.discoverQueued();
		StoreInventory discovered = inventory(shop);
		assertThat(discovered.discovered()).isTrue();
		assertThat(discovered.categories()).containsExactly(Category.EMAIL, Category.PHONE, Category.PERSON_NAME,
				Category.POSTAL_ADDRESS, Category.DATE_OF_BIRTH, Category.FREE_TEXT, Category.ACCOUNT_ID);
		assertThat(discovered.columnsToReview()).isEqualTo(16);
		assertThat(discovered.subjectTables()).isEmpty();
		assertThat(discovered.approximatePersons()).isNull();

		dataMaps.review(organization, shop.id(), new ColumnClassification.Ref("public", "customers", "phone"),
				Category.NONE, null);
		dataMaps.declareSubject(organization, shop.id(), "public", "customers", List.of("email"));
		StoreInventory reviewed = inventory(shop);
		assertThat(reviewed.categories()).doesNotContain(Category.PHONE).contains(Category.EMAIL);
		assertThat(reviewed.columnsToReview()).isEqualTo(15);
		assertThat(reviewed.subjectTables()).containsExactly("public.customers");
		assertThat(reviewed.approximatePersons()).isEqualTo(6L);

		assertThat(dataMaps.inventoriesOf(List.of(shop.id(), new DataStoreId(UUID.randomUUID()), empty.id())))
			.extracting(StoreInventory::id)
			.containsExactly(empty.id(), shop.id());
	}

	private StoreInventory inventory(DataStore store) {
		return dataMaps.inventoriesOf(List.of(store.id())).get(0);
	}

	@AfterAll
	static void dropTheDatabases() throws java.sql.SQLException {
		CustomerDatabases.dropAll();
	}

}
