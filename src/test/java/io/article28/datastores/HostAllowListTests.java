package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.article28.datastores.ConnectionCheck.Status;

/**
 * DATASTORE_ALLOWED_HOSTS: blocks allow the addresses in them; names and patterns allow
 * public addresses only, so that a name leading to a loopback, private or link-local
 * address (the cloud's metadata service) is refused unless a block names it; nothing is
 * allowed by default.
 */
class HostAllowListTests {

	@Test
	void anEmptyListAllowsNothing() {
		HostAllowList none = new HostAllowList(List.of());

		assertThat(none.accepts("127.0.0.1")).isFalse();
		assertThat(none.accepts("db.example.io")).isFalse();
		assertThatThrownBy(() -> none.resolve("127.0.0.1")).isInstanceOfSatisfying(ConnectionRefused.class,
				refused -> assertThat(refused.status()).isEqualTo(Status.HOST_NOT_ALLOWED));
	}

	@Test
	void aBlockAllowsItsAddressesAndNoOther() throws Exception {
		HostAllowList list = new HostAllowList(List.of("10.20.0.0/16"));

		assertThat(list.resolve("10.20.255.254").getHostAddress()).isEqualTo("10.20.255.254");
		assertThat(list.accepts("10.20.0.1")).isTrue();
		assertThat(list.accepts("10.21.0.1")).isFalse();
		assertThat(list.accepts("10.1.2.3")).isFalse();
		assertThatThrownBy(() -> list.resolve("10.21.0.1")).isInstanceOf(ConnectionRefused.class);
	}

	@Test
	void aNameThatLeadsToASpecialPurposeAddressNeedsABlock() throws Exception {
		assertThatThrownBy(() -> new HostAllowList(List.of("localhost")).resolve("localhost")).isInstanceOfSatisfying(
				ConnectionRefused.class, refused -> assertThat(refused.status()).isEqualTo(Status.HOST_NOT_ALLOWED));
		assertThat(
				new HostAllowList(List.of("localhost", "127.0.0.0/8", "::1")).resolve("localhost").isLoopbackAddress())
			.isTrue();
	}

	@Test
	void theMetadataServiceIsReachedOnlyWhenABlockNamesIt() {
		HostAllowList list = new HostAllowList(List.of("*.example.io", "10.0.0.0/8"));

		assertThatThrownBy(() -> list.resolve("169.254.169.254")).isInstanceOf(ConnectionRefused.class);
		assertThat(list.accepts("169.254.169.254")).isFalse();
	}

	@Test
	void aPatternMatchesNamesBelowItsDomainOnly() {
		HostAllowList list = new HostAllowList(List.of("*.db.example.io"));

		// none of these names resolves here: a listed one is taken, to be checked when
		// connecting
		assertThat(list.accepts("shop.db.example.io")).isTrue();
		assertThat(list.accepts("a.b.db.example.io")).isTrue();
		assertThat(list.accepts("db.example.io")).isFalse();
		assertThat(list.accepts("evildb.example.io")).isFalse();
	}

	@Test
	void aNameThatDoesNotResolveIsRefusedWhenOnlyBlocksCouldAllowIt() {
		assertThat(new HostAllowList(List.of("10.0.0.0/8")).accepts("db.nowhere.invalid")).isFalse();
	}

	@Test
	void aWildcardElsewhereThanTheFirstLabelOrABadBlockStopsTheStart() {
		assertThatThrownBy(() -> new HostAllowList(List.of("db.*.example.io")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("db.*.example.io");
		assertThatThrownBy(() -> new HostAllowList(List.of("10.0.0.0/33"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("10.0.0.0/33");
	}

}
