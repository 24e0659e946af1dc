package io.article28.incidents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.article28.core.RejectedException;

class FormValuesTests {

	@Test
	void aTimeIsTypedAsIsoWithASpaceOrWithATAndReadAsUtc() {
		assertThat(FormValues.instant("at", "2026-11-23 09:30")).isEqualTo(Instant.parse("2026-11-23T09:30:00Z"));
		assertThat(FormValues.instant("at", " 2026-11-23T09:30 ")).isEqualTo(Instant.parse("2026-11-23T09:30:00Z"));
	}

	@Test
	void aTimeInAnotherFormatIsRefusedWithAnExample() {
		assertThatThrownBy(() -> FormValues.instant("at", "11/23/2026 09:30")).isInstanceOf(RejectedException.class)
			.hasMessageContaining("2026-11-23 09:30");
	}

}
