package io.article28.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TrailRetentionJobTests {

	@Test
	void entriesAreKeptTwelveCalendarMonths() {
		assertThat(TrailRetentionJob.cutoff(Instant.parse("2026-11-22T03:30:00Z"), java.time.Period.ofMonths(12)))
			.isEqualTo(Instant.parse("2025-11-22T03:30:00Z"));
	}

	@Test
	void theEndOfAShortMonthIsNotSkipped() {
		assertThat(TrailRetentionJob.cutoff(Instant.parse("2025-02-28T00:00:00Z"), java.time.Period.ofMonths(12)))
			.isEqualTo(Instant.parse("2024-02-28T00:00:00Z"));
	}

}
