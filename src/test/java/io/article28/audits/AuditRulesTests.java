package io.article28.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.article28.core.RejectedException;

/** The audit terms of the DPA, each boundary from both sides. */
class AuditRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static AuditRules rules(int perYear, int noticeWeeks, LocalDate... earlier) {
		return new AuditRules(perYear, noticeWeeks, TODAY, List.of(earlier));
	}

	static AuditPlan plan(LocalDate start) {
		return new AuditPlan("Hosting of our apps", start, 3, Auditor.self(), null);
	}

	static AuditPlan planWithObligation(LocalDate start) {
		return new AuditPlan("Hosting of our apps", start, 3, Auditor.self(), "Art. 13 of the banking regulation");
	}

	@Test
	void aStartTwentySevenDaysAheadIsRefusedWithFourWeeksNotice() {
		assertThatThrownBy(() -> rules(1, 4).check(plan(TODAY.plusDays(27)))).isInstanceOf(RejectedException.class)
			.satisfies(ex -> assertThat(((RejectedException) ex).field()).isEqualTo("proposedStart"));
	}

	@Test
	void aStartTwentyEightDaysAheadIsAcceptedWithFourWeeksNotice() {
		assertThatNoException().isThrownBy(() -> rules(1, 4).check(plan(TODAY.plusDays(28))));
		assertThat(rules(1, 4).earliestStart()).isEqualTo(TODAY.plusDays(28));
	}

	@Test
	void theNoticeComesFromTheTerms() {
		assertThatThrownBy(() -> rules(1, 6).check(plan(TODAY.plusDays(41)))).isInstanceOf(RejectedException.class);
		assertThatNoException().isThrownBy(() -> rules(1, 6).check(plan(TODAY.plusDays(42))));
	}

	@Test
	void aSecondAuditTwelveMonthsLessADayAfterTheFirstStartIsRefused() {
		LocalDate first = LocalDate.of(2025, 4, 10);
		assertThatThrownBy(() -> rules(1, 4, first).check(plan(LocalDate.of(2026, 4, 9))))
			.isInstanceOf(RejectedException.class)
			.satisfies(ex -> assertThat(((RejectedException) ex).kind()).isEqualTo(RejectedException.Kind.CONFLICT))
			.hasMessageContaining("2026-04-10");
	}

	@Test
	void aSecondAuditTwelveCalendarMonthsAfterTheFirstStartIsAccepted() {
		assertThatNoException()
			.isThrownBy(() -> rules(1, 4, LocalDate.of(2025, 4, 10)).check(plan(LocalDate.of(2026, 4, 10))));
	}

	@Test
	void aSecondAuditWithinTwelveMonthsIsAcceptedWhenALegalObligationIsStated() {
		assertThatNoException().isThrownBy(
				() -> rules(1, 4, LocalDate.of(2025, 4, 10)).check(planWithObligation(LocalDate.of(2026, 4, 9))));
	}

	@Test
	void aLegalObligationDoesNotShortenTheNotice() {
		assertThatThrownBy(() -> rules(1, 4).check(planWithObligation(TODAY.plusDays(27))))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void anAuditAlreadyPlannedLaterCountsToo() {
		LocalDate planned = LocalDate.of(2026, 9, 1);
		assertThatThrownBy(() -> rules(1, 4, planned).check(plan(LocalDate.of(2026, 4, 1))))
			.isInstanceOf(RejectedException.class);
		assertThatNoException().isThrownBy(() -> rules(1, 4, planned).check(plan(LocalDate.of(2027, 9, 1))));
	}

	@Test
	void theAllowanceComesFromTheTerms() {
		LocalDate first = LocalDate.of(2025, 6, 1);
		assertThatNoException().isThrownBy(() -> rules(2, 4, first).check(plan(LocalDate.of(2026, 4, 1))));
		assertThatThrownBy(() -> rules(2, 4, first, LocalDate.of(2025, 12, 1)).check(plan(LocalDate.of(2026, 4, 1))))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void theEarliestStartWithinTheAllowanceIsTwelveMonthsAfterTheLastAudit() {
		AuditRules rules = rules(1, 4, LocalDate.of(2025, 6, 15));
		assertThat(rules.earliestStartWithinAllowance()).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(rules.latestCountedStart()).contains(LocalDate.of(2025, 6, 15));
		assertThat(rules(1, 4, LocalDate.of(2024, 6, 15)).earliestStartWithinAllowance()).isEqualTo(TODAY.plusWeeks(4));
		assertThat(rules(1, 4, LocalDate.of(2025, 3, 1)).latestCountedStart()).isEmpty();
		assertThat(rules(1, 4, LocalDate.of(2025, 3, 2)).latestCountedStart()).isPresent();
	}

	@Test
	void theFirstAllowedDayFromAnAgreedStartIsItselfOrWhenTheOtherAuditStopsCounting() {
		AuditRules rules = rules(1, 4, LocalDate.of(2026, 6, 15));
		assertThat(rules.earliestAllowedOnOrAfter(LocalDate.of(2027, 6, 14))).isEqualTo(LocalDate.of(2027, 6, 15));
		assertThat(rules.earliestAllowedOnOrAfter(LocalDate.of(2027, 6, 15))).isEqualTo(LocalDate.of(2027, 6, 15));
		assertThat(rules.earliestAllowedOnOrAfter(LocalDate.of(2027, 7, 1))).isEqualTo(LocalDate.of(2027, 7, 1));
	}

	@Test
	void aThirdPartyWithoutAConfidentialityAgreementIsRefused() {
		AuditPlan plan = new AuditPlan("scope", TODAY.plusDays(28), 3, Auditor.thirdParty("Audit & Co", false), null);
		assertThatThrownBy(() -> rules(1, 4).check(plan)).isInstanceOf(RejectedException.class)
			.satisfies(ex -> assertThat(((RejectedException) ex).field())
				.isEqualTo("auditor.confidentialityAgreementSigned"));
		assertThatNoException().isThrownBy(() -> rules(1, 4)
			.check(new AuditPlan("scope", TODAY.plusDays(28), 3, Auditor.thirdParty("Audit & Co", true), null)));
	}

	@Test
	void aThirdPartyNeedsAName() {
		assertThatThrownBy(() -> Auditor.thirdParty(" ", true)).isInstanceOf(RejectedException.class)
			.satisfies(ex -> assertThat(((RejectedException) ex).field()).isEqualTo("auditor.name"));
	}

	@Test
	void theDurationIsOneToThirtyDays() {
		assertThatThrownBy(() -> new AuditPlan("s", TODAY, 0, Auditor.self(), null))
			.isInstanceOf(RejectedException.class);
		assertThatNoException().isThrownBy(() -> new AuditPlan("s", TODAY, 1, Auditor.self(), null));
		assertThatNoException().isThrownBy(() -> new AuditPlan("s", TODAY, 30, Auditor.self(), null));
		assertThatThrownBy(() -> new AuditPlan("s", TODAY, 31, Auditor.self(), null))
			.isInstanceOf(RejectedException.class);
	}

}
