package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.article28.core.RejectedException;

class DpaTermsTests {

	@Test
	void anObjectionWindowOfOneToNinetyDaysIsAccepted() {
		assertThat(window(1).objectionWindowDays()).isEqualTo(1);
		assertThat(window(90).objectionWindowDays()).isEqualTo(90);
	}

	@Test
	void anObjectionWindowOfZeroOrNinetyOneDaysIsRefused() {
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> window(0))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("terms.objectionWindowDays"));
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> window(91));
	}

	@Test
	void anObjectionWindowNeedsItsGrounds() {
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(
					() -> new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, 8, Set.of(), 1, 4, 30, 12, "French law"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("terms.objectionGrounds"));
	}

	@Test
	void priorWrittenConsentHasNoWindow() {
		assertThat(new DpaTerms(SubProcessingRegime.PRIOR_WRITTEN_CONSENT, null, null, 1, 4, 30, 12, "Member State law")
			.objectionGrounds()).isEmpty();
		assertThatExceptionOfType(RejectedException.class).isThrownBy(
				() -> new DpaTerms(SubProcessingRegime.PRIOR_WRITTEN_CONSENT, 8, Set.of(), 1, 4, 30, 12, "law"));
	}

	@Test
	void atLeastOneAuditPerTwelveMonths() {
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, 8,
					EnumSet.allOf(ObjectionGround.class), 0, 4, 30, 12, "law"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("terms.auditsPer12Months"));
	}

	private static DpaTerms window(int days) {
		return new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, days, EnumSet.of(ObjectionGround.COMPETITOR), 1, 4,
				30, 12, "French law");
	}

}
