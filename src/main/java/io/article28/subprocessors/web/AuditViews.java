package io.article28.subprocessors.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.article28.subprocessors.AuditConfirmation;
import io.article28.subprocessors.SubprocessorAudit;
import io.article28.subprocessors.SubprocessorManagement;

/** What the API and the pages show of audits of sub-processors and of confirmations. */
final class AuditViews {

	private AuditViews() {
	}

	/**
	 * One audit; the dates entered with the sub-processor have no auditor nor outcome.
	 */
	record Audit(long id, UUID subprocessorId, LocalDate date, String auditor, String outcome, Instant recordedAt) {

		static Audit of(SubprocessorAudit audit) {
			return new Audit(audit.id(), audit.subprocessorId(), audit.date(), audit.auditor(), audit.outcome(),
					audit.recordedAt());
		}
	}

	/**
	 * A request for confirmation and its answer: {@code lastAudit} is the day of the last
	 * audit in the register when answered, null with {@code auditRecorded} false when
	 * none was recorded.
	 */
	record Confirmation(UUID id, UUID organizationId, UUID subprocessorId, String subprocessor, String question,
			AuditConfirmation.Status status, Instant requestedAt, Instant answeredAt, Boolean auditRecorded,
			LocalDate lastAudit, String statement) {

		static Confirmation of(AuditConfirmation confirmation, String subprocessor) {
			var answer = confirmation.answer();
			return new Confirmation(confirmation.id(), confirmation.organization().value(),
					confirmation.subprocessorId(), subprocessor, confirmation.question().orElse(null),
					confirmation.status(), confirmation.requestedAt(), answer.map(a -> a.at()).orElse(null),
					answer.map(a -> a.lastAudit() != null).orElse(null), answer.map(a -> a.lastAudit()).orElse(null),
					answer.map(a -> a.statement()).orElse(null));
		}
	}

	/** Names sub-processors for views, reading each once. */
	static final class Names {

		private final SubprocessorManagement register;

		private final Map<UUID, String> names = new HashMap<>();

		Names(SubprocessorManagement register) {
			this.register = register;
		}

		Confirmation view(AuditConfirmation confirmation) {
			return Confirmation.of(confirmation, names.computeIfAbsent(confirmation.subprocessorId(),
					id -> register.entry(id).subprocessor().name()));
		}

	}

}
