package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ObjectionWindowTests {

	/** 1 December 2026, 10:00 in Paris. */
	static final Instant NOTIFIED = LocalDateTime.of(2026, 12, 1, 10, 0).atZone(ObjectionWindow.ZONE).toInstant();

	final ObjectionWindow window = new ObjectionWindow(NOTIFIED, 8);

	@Test
	void theDayOfTheNoticeDoesNotCountAndTheEighthDayIsTheLast() {
		assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(window.dayOf(NOTIFIED)).isZero();
	}

	@Test
	void anObjectionAtTheLastMinuteOfDayEightIsInTime() {
		Instant lastMinute = LocalDateTime.of(2026, 12, 9, 23, 59, 59).atZone(ObjectionWindow.ZONE).toInstant();
		assertThat(window.dayOf(lastMinute)).isEqualTo(8);
		assertThat(window.isOpenAt(lastMinute)).isTrue();
	}

	@Test
	void anObjectionAtMidnightStartingDayNineIsLate() {
		Instant midnight = LocalDateTime.of(2026, 12, 10, 0, 0).atZone(ObjectionWindow.ZONE).toInstant();
		assertThat(window.dayOf(midnight)).isEqualTo(9);
		assertThat(window.isOpenAt(midnight)).isFalse();
		assertThat(window.closesAt()).isEqualTo(midnight);
	}

	@Test
	void daysAreCountedInParisEvenLateInTheUtcEvening() {
		// 23:30 UTC on 30 November is already 1 December in Paris: day 0 is 1 December.
		ObjectionWindow late = new ObjectionWindow(Instant.parse("2026-11-30T23:30:00Z"), 8);
		assertThat(late.lastDay()).isEqualTo(LocalDate.of(2026, 12, 9));
	}

	@Test
	void aWindowAcrossTheChangeToSummerTimeStillEndsAtMidnightInParis() {
		ObjectionWindow spring = new ObjectionWindow(Instant.parse("2027-03-25T09:00:00Z"), 8);
		assertThat(spring.lastDay()).isEqualTo(LocalDate.of(2027, 4, 2));
		assertThat(spring.closesAt()).isEqualTo(Instant.parse("2027-04-02T22:00:00Z"));
	}

	@Test
	void aWindowAcrossTheChangeToWinterTimeStillEndsAtMidnightInParis() {
		// told on 22 October 2027 at 11:00 in Paris (summer time); the clocks go back on
		// 31
		// October
		ObjectionWindow autumn = new ObjectionWindow(Instant.parse("2027-10-22T09:00:00Z"), 8);
		assertThat(autumn.lastDay()).isEqualTo(LocalDate.of(2027, 10, 30));
		assertThat(autumn.closesAt()).isEqualTo(Instant.parse("2027-10-30T22:00:00Z"));
		ObjectionWindow across = new ObjectionWindow(Instant.parse("2027-10-25T09:00:00Z"), 8);
		assertThat(across.lastDay()).isEqualTo(LocalDate.of(2027, 11, 2));
		assertThat(across.closesAt()).as("midnight in Paris is 23:00 UTC in winter")
			.isEqualTo(Instant.parse("2027-11-02T23:00:00Z"));
	}

}
