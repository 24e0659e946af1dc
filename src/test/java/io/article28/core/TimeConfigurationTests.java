package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TimeConfigurationTests {

	private final TimeConfiguration configuration = new TimeConfiguration();

	@Test
	void withoutAnOffsetTheClockIsTheRealOne() {
		Clock clock = configuration.clock("", new MockEnvironment());
		assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void anIsoOffsetShiftsTheClockForward() {
		Clock clock = configuration.clock("P9D", new MockEnvironment());
		Duration shift = Duration.between(Instant.now(), clock.instant());
		assertThat(shift).isBetween(Duration.ofDays(9).minusSeconds(5), Duration.ofDays(9).plusSeconds(5));
	}

	@Test
	void productionRefusesAShiftedClock() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> configuration.clock("PT1H", production));
	}

}
