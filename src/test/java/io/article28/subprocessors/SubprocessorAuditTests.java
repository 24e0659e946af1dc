package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.UserId;
import io.article28.core.RejectedException;

class SubprocessorAuditTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static final UUID SUBPROCESSOR = UUID.randomUUID();

	@Test
	void anAuditDatedTomorrowIsRefused() {
		assertThatThrownBy(() -> record(TODAY.plusDays(1), "internal", "No finding"))
			.isInstanceOfSatisfying(RejectedException.class, ex -> {
				assertThat(ex.field()).isEqualTo("date");
				assertThat(ex.kind()).isEqualTo(RejectedException.Kind.INVALID);
			});
	}

	@Test
	void anAuditDatedTodayIsAccepted() {
		SubprocessorAudit audit = record(TODAY, " Audit Firm SA ", "No finding");
		assertThat(audit.date()).isEqualTo(TODAY);
		assertThat(audit.auditor()).isEqualTo("Audit Firm SA");
	}

	@Test
	void anAuditWithoutDateAuditorOrOutcomeIsRefusedOnThatField() {
		assertThatThrownBy(() -> record(null, "internal", "ok")).hasFieldOrPropertyWithValue("field", "date");
		assertThatThrownBy(() -> record(TODAY, " ", "ok")).hasFieldOrPropertyWithValue("field", "auditor");
		assertThatThrownBy(() -> record(TODAY, "internal", null)).hasFieldOrPropertyWithValue("field", "outcome");
	}

	private static SubprocessorAudit record(LocalDate date, String auditor, String outcome) {
		return SubprocessorAudit.record(SUBPROCESSOR, date, auditor, outcome, TODAY, UserId.random(),
				Instant.parse("2026-03-10T10:00:00Z"));
	}

}
