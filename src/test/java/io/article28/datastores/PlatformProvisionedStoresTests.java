package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.OrganizationId;
import io.article28.core.RejectedException;
import io.article28.platform.AppId;

/**
 * Where the host platform provisions the data stores (DATASTORE_CUSTOMER_MANAGED off, the
 * default), a customer neither adds one nor removes one: the platform would provision it
 * again.
 */
class PlatformProvisionedStoresTests {

	private final DataStoreManagement platformManaged = new DataStoreManagement(null, null, null, null, null, null,
			null, null, null, null, false, false);

	@Test
	void aCustomerDoesNotAddAStore() {
		assertThatThrownBy(
				() -> platformManaged.add(new OrganizationId(UUID.randomUUID()), new AppId(UUID.randomUUID()),
						new DataStore.Definition("Shop", Engine.POSTGRESQL, "db", 0, "shop", "shop", null), "secret"))
			.isInstanceOfSatisfying(RejectedException.class,
					refused -> org.assertj.core.api.Assertions.assertThat(refused.kind())
						.isEqualTo(RejectedException.Kind.CONFLICT))
			.hasMessageContaining("host platform provisions");
	}

	@Test
	void aCustomerDoesNotRemoveAStore() {
		assertThatThrownBy(() -> platformManaged.remove(false, new OrganizationId(UUID.randomUUID()),
				new DataStoreId(UUID.randomUUID())))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("host platform provisions");
	}

}
