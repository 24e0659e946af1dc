package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.article28.core.RejectedException;

/**
 * What a data store's definition accepts: a host name or an address, a port of 1 to 65535
 * (none: the engine's own), names that cannot add anything to a connection URL.
 */
class DataStoreDefinitionTests {

	@Test
	void noPortIsTheEnginesOwnAndThePortRunsFromOneTo65535() {
		assertThat(postgres("db", 0).port()).isEqualTo(5432);
		assertThat(new DataStore.Definition("Shop", Engine.MARIADB, "db", 0, "shop", "shop", null).port())
			.isEqualTo(3306);
		assertThat(postgres("db", 1).port()).isEqualTo(1);
		assertThat(postgres("db", 65535).port()).isEqualTo(65535);
		assertThatThrownBy(() -> postgres("db", 65536)).isInstanceOfSatisfying(RejectedException.class,
				refused -> assertThat(refused.field()).isEqualTo("port"));
		assertThatThrownBy(() -> postgres("db", -1)).isInstanceOf(RejectedException.class);
	}

	@Test
	void aHostIsLowerCasedAndMayBeAnAddress() {
		assertThat(postgres("DB.Example.IO.", 0).host()).isEqualTo("db.example.io");
		assertThat(postgres("10.0.0.5", 0).host()).isEqualTo("10.0.0.5");
		assertThat(postgres("::1", 0).host()).isEqualTo("::1");
		assertThat(postgres("db", 0).address()).isEqualTo("db:5432/shop");
	}

	@ParameterizedTest
	@ValueSource(strings = { "db example", "db_1.example", "-db.example", "10.0.0.0/8", "999.1.1.1", "db:5432",
			"user@db", "" })
	void aHostThatIsNeitherANameNorAnAddressIsRefused(String host) {
		assertThatThrownBy(() -> postgres(host, 0)).isInstanceOfSatisfying(RejectedException.class,
				refused -> assertThat(refused.field()).isEqualTo("host"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "shop?sslmode=disable", "shop&x=1", "shop/other", "shop db", "" })
	void aDatabaseNameThatWouldChangeTheUrlIsRefused(String database) {
		assertThatThrownBy(() -> new DataStore.Definition("Shop", Engine.POSTGRESQL, "db", 0, database, "shop", null))
			.isInstanceOfSatisfying(RejectedException.class,
					refused -> assertThat(refused.field()).isEqualTo("database"));
	}

	@Test
	void aNameOf63CharactersIsTakenAnd64Refused() {
		assertThat(new DataStore.Definition("Shop", Engine.POSTGRESQL, "db", 0, "d".repeat(63), "u".repeat(63), null)
			.database()).hasSize(63);
		assertThatThrownBy(
				() -> new DataStore.Definition("Shop", Engine.POSTGRESQL, "db", 0, "d".repeat(64), "shop", null))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(
				() -> new DataStore.Definition("Shop", Engine.POSTGRESQL, "db", 0, "shop", "u".repeat(64), null))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void theTlsModeIsRequiredEncryptionUnlessSaidAndTheEmbeddedEngineHasNoHost() {
		assertThat(postgres("db", 0).tlsMode()).isEqualTo(TlsMode.REQUIRE);
		DataStore.Definition embedded = new DataStore.Definition("Demo", Engine.EMBEDDED, "ignored", 5432, "demo-shop",
				"shop", TlsMode.VERIFY_FULL);
		assertThat(embedded.host()).isNull();
		assertThat(embedded.port()).isZero();
		assertThat(embedded.address()).isEqualTo("demo-shop");
		assertThatThrownBy(() -> new DataStore.Definition("Demo", Engine.EMBEDDED, null, 0, "../escape", "shop", null))
			.isInstanceOf(RejectedException.class);
	}

	private static DataStore.Definition postgres(String host, int port) {
		return new DataStore.Definition("Shop", Engine.POSTGRESQL, host, port, "shop", "shop", null);
	}

}
