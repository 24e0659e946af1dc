package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;

class AuditConfirmationTests {

	static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

	@Test
	void theAnswerKeepsTheLastAuditAsTheRegisterHadIt() {
		AuditConfirmation confirmation = ask("When?");
		confirmation.answer(Optional.of(LocalDate.of(2025, 6, 12)), "Audited by us, no finding", UserId.random(), NOW);
		assertThat(confirmation.status()).isEqualTo(AuditConfirmation.Status.ANSWERED);
		assertThat(confirmation.answer().orElseThrow().lastAuditOn()).contains(LocalDate.of(2025, 6, 12));
	}

	@Test
	void aSubprocessorNeverAuditedIsAnsweredWithNoDate() {
		AuditConfirmation confirmation = ask(null);
		confirmation.answer(Optional.empty(), "No audit yet; one is planned", UserId.random(), NOW);
		assertThat(confirmation.answer().orElseThrow().lastAuditOn()).isEmpty();
	}

	@Test
	void aRequestAnsweredCannotBeAnsweredTwice() {
		AuditConfirmation confirmation = ask(null);
		confirmation.answer(Optional.empty(), "First", UserId.random(), NOW);
		assertThatThrownBy(() -> confirmation.answer(Optional.empty(), "Second", UserId.random(), NOW))
			.isInstanceOfSatisfying(RejectedException.class,
					ex -> assertThat(ex.kind()).isEqualTo(RejectedException.Kind.CONFLICT));
		assertThat(confirmation.answer().orElseThrow().statement()).isEqualTo("First");
	}

	@Test
	void anAnswerWithoutStatementAndARequestWithoutSubprocessorAreRefused() {
		assertThatThrownBy(() -> ask(null).answer(Optional.empty(), " ", UserId.random(), NOW))
			.hasFieldOrPropertyWithValue("field", "statement");
		assertThatThrownBy(() -> AuditConfirmation.ask(OrganizationId.random(), null, null, UserId.random(), NOW))
			.hasFieldOrPropertyWithValue("field", "subprocessorId");
	}

	private static AuditConfirmation ask(String question) {
		return AuditConfirmation.ask(OrganizationId.random(), UUID.randomUUID(), question, UserId.random(), NOW);
	}

}
