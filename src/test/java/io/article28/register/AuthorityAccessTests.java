package io.article28.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.UserId;
import io.article28.core.GoneException;
import io.article28.core.RejectedException;

/**
 * An authority's access opens until its expiry, exclusive, unless revoked; it is given
 * for at most {@link AuthorityAccess#MAX_VALIDITY}, and only its token's digest is kept.
 */
class AuthorityAccessTests {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private static final UserId DPO = new UserId(UUID.randomUUID());

	private static AuthorityAccess.Issued issued(Instant expiresAt) {
		return AuthorityAccess.issue("CNIL", expiresAt, DPO, NOW);
	}

	@Test
	void anAccessWorksASecondBeforeItsExpiryAndNotAtIt() {
		Instant expiresAt = NOW.plusSeconds(3600);
		AuthorityAccess access = issued(expiresAt).access();
		assertThat(access.isOpenAt(expiresAt.minusSeconds(1))).isTrue();
		access.requireOpen(expiresAt.minusSeconds(1));
		assertThat(access.isOpenAt(expiresAt)).isFalse();
		assertThatThrownBy(() -> access.requireOpen(expiresAt)).isInstanceOf(GoneException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void aRevokedAccessIsGoneBeforeItsExpiry() {
		AuthorityAccess access = issued(NOW.plusSeconds(3600)).access();
		access.revoke(DPO, NOW.plusSeconds(10));
		assertThat(access.revokedAt()).contains(NOW.plusSeconds(10));
		assertThat(access.isOpenAt(NOW.plusSeconds(11))).isFalse();
		assertThatThrownBy(() -> access.requireOpen(NOW.plusSeconds(11))).isInstanceOf(GoneException.class)
			.hasMessageContaining("revoked");
	}

	@Test
	void revokingTwiceIsRefused() {
		AuthorityAccess access = issued(NOW.plusSeconds(3600)).access();
		access.revoke(DPO, NOW);
		assertThatThrownBy(() -> access.revoke(DPO, NOW)).isInstanceOf(RejectedException.class);
	}

	@Test
	void anAccessMayBeGivenForExactlyNinetyDaysButNotASecondMore() {
		assertThat(issued(NOW.plus(Duration.ofDays(90))).access().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
		assertThatThrownBy(() -> issued(NOW.plus(Duration.ofDays(90)).plusSeconds(1)))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("90 days");
	}

	@Test
	void anExpiryNowOrInThePastIsRefused() {
		assertThatThrownBy(() -> issued(NOW)).isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> issued(NOW.minusSeconds(1))).isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> issued(null)).isInstanceOf(RejectedException.class);
	}

	@Test
	void theAuthorityIsRequiredAndAtMostTwoHundredCharacters() {
		assertThatThrownBy(() -> AuthorityAccess.issue(" ", NOW.plusSeconds(60), DPO, NOW))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> AuthorityAccess.issue("x".repeat(201), NOW.plusSeconds(60), DPO, NOW))
			.isInstanceOf(RejectedException.class);
		assertThat(AuthorityAccess.issue("x".repeat(200), NOW.plusSeconds(60), DPO, NOW).access().authority())
			.hasSize(200);
	}

	@Test
	void onlyTheDigestOfTheRandomTokenIsKeptAndItMatchesOnlyThatToken() {
		AuthorityAccess.Issued issued = issued(NOW.plusSeconds(60));
		assertThat(issued.token()).matches("[A-Za-z0-9_-]{43}");
		assertThat(issued.access().tokenDigest()).hasSize(64).isNotEqualTo(issued.token());
		assertThat(issued.access().matches(issued.token())).isTrue();
		assertThat(issued.access().matches(issued(NOW.plusSeconds(60)).token())).isFalse();
		assertThat(issued.access().matches(null)).isFalse();
	}

}
