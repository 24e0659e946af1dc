package io.article28.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;

class AccountDeletionTests {

	private final Instant asked = Instant.parse("2026-11-23T10:00:00Z");

	private final UserId owner = new UserId(UUID.randomUUID());

	private final AccountDeletion deletion = AccountDeletion.schedule(OrganizationId.random(), owner, asked, 30);

	@Test
	void thePurgeComesThirtyDaysAfterTheRequestToTheInstant() {
		assertThat(deletion.purgeAfter()).isEqualTo(asked.plus(Duration.ofDays(30)));
		assertThat(deletion.isDue(deletion.purgeAfter().minusNanos(1))).isFalse();
		assertThat(deletion.isDue(deletion.purgeAfter())).isTrue();
	}

	@Test
	void anOwnerCancelsUntilTheLastMomentOfTheReturnPeriodNotAfter() {
		AccountDeletion late = AccountDeletion.schedule(OrganizationId.random(), owner, asked, 30);
		assertThatThrownBy(() -> late.cancel(owner, late.purgeAfter())).isInstanceOf(RejectedException.class)
			.hasMessageContaining("return period has ended");

		deletion.cancel(owner, deletion.purgeAfter().minusSeconds(1));
		assertThat(deletion.status()).isEqualTo(AccountDeletion.Status.CANCELLED);
		assertThat(deletion.isDue(deletion.purgeAfter())).isFalse();
		assertThatThrownBy(() -> deletion.cancel(owner, asked)).isInstanceOf(RejectedException.class);
	}

	@Test
	void aPurgedDeletionNamesNoOne() {
		deletion.purged(deletion.purgeAfter());
		assertThat(deletion.status()).isEqualTo(AccountDeletion.Status.PURGED);
		assertThat(deletion.requestedBy()).isEmpty();
		assertThat(deletion.closedBy()).isEmpty();
		assertThat(deletion.closedAt()).contains(deletion.purgeAfter());
	}

}
