package io.article28.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResponseDeadlineTests {

	@Test
	void theAnswerIsDueOneCalendarMonthAfterReceipt() {
		ResponseDeadline deadline = ResponseDeadline.from(Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(deadline.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 12, 23));
	}

	@Test
	void aMonthFromTheThirtyFirstEndsOnTheLastDayOfAShorterMonth() {
		assertThat(ResponseDeadline.from(Instant.parse("2027-01-31T10:00:00Z")).dueOn())
			.isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(ResponseDeadline.from(Instant.parse("2028-01-31T10:00:00Z")).dueOn())
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void theDayOfReceiptIsTheProvidersDayInParis() {
		// 23:30 in Paris on 31 March is still 21:30 UTC that day; 00:30 on 1 April is
		// 22:30 UTC on 31 March.
		assertThat(ResponseDeadline.from(Instant.parse("2026-03-31T21:30:00Z")).dueOn())
			.isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(ResponseDeadline.from(Instant.parse("2026-03-31T22:30:00Z")).dueOn())
			.isEqualTo(LocalDate.of(2026, 5, 1));
	}

	@Test
	void theDueDayItselfIsNotLateTheDayAfterIs() {
		ResponseDeadline deadline = ResponseDeadline.from(Instant.parse("2026-11-23T10:00:00Z"));
		assertThat(deadline.overdueOn(LocalDate.of(2026, 12, 23))).isFalse();
		assertThat(deadline.daysLeft(LocalDate.of(2026, 12, 23))).isZero();
		assertThat(deadline.overdueOn(LocalDate.of(2026, 12, 24))).isTrue();
	}

}
