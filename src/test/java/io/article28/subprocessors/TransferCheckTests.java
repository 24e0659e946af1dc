package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TransferCheckTests {

	@Test
	void thePrivacyShieldHeldUntilTheFifteenthOfJuly2020() {
		assertThat(TransferCheck.assess("US", TransferSafeguard.PRIVACY_SHIELD, LocalDate.of(2020, 7, 15)).valid())
			.isTrue();
		TransferAssessment after = TransferCheck.assess("US", TransferSafeguard.PRIVACY_SHIELD,
				LocalDate.of(2020, 7, 16));
		assertThat(after.valid()).isFalse();
		assertThat(after.since()).isEqualTo(TransferCheck.PRIVACY_SHIELD_INVALID_FROM);
	}

	@Test
	void theOldClausesHeldUntilTheTwentySixthOfDecember2022() {
		assertThat(TransferCheck.assess("US", TransferSafeguard.SCC_2010, LocalDate.of(2022, 12, 26)).valid()).isTrue();
		assertThat(TransferCheck.assess("US", TransferSafeguard.SCC_2010, LocalDate.of(2022, 12, 27)).valid())
			.isFalse();
	}

	@Test
	void theDataPrivacyFrameworkHoldsFromTheTenthOfJuly2023() {
		assertThat(TransferCheck.assess("US", TransferSafeguard.DPF, LocalDate.of(2023, 7, 9)).valid()).isFalse();
		assertThat(TransferCheck.assess("US", TransferSafeguard.DPF, LocalDate.of(2023, 7, 10)).valid()).isTrue();
	}

	@Test
	void noSafeguardIsNeededInsideTheEeaOnly() {
		assertThat(TransferCheck.assess("FR", TransferSafeguard.NONE, LocalDate.of(2026, 1, 1)).valid()).isTrue();
		assertThat(TransferCheck.assess("NO", TransferSafeguard.NONE, LocalDate.of(2026, 1, 1)).valid()).isTrue();
		assertThat(TransferCheck.assess("US", TransferSafeguard.NONE, LocalDate.of(2026, 1, 1)).valid()).isFalse();
	}

	@Test
	void theNewClausesAndBindingRulesAreAccepted() {
		assertThat(TransferCheck.assess("US", TransferSafeguard.SCC_2021, LocalDate.of(2026, 1, 1)).valid()).isTrue();
		assertThat(TransferCheck.assess("IN", TransferSafeguard.BCR, LocalDate.of(2026, 1, 1)).valid()).isTrue();
	}

}
