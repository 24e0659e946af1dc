package io.article28.subprocessors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * One audit of a sub-processor: on which day, by whom (the provider itself, a firm), with
 * what outcome, recorded by which member of staff. The dates entered with a sub-processor
 * before audits were recorded one by one have no auditor, outcome nor recorder.
 */
public record SubprocessorAudit(long id, UUID subprocessorId, LocalDate date, String auditor, String outcome,
		Instant recordedAt, UserId recordedBy) {

	public SubprocessorAudit {
		Objects.requireNonNull(subprocessorId);
		Objects.requireNonNull(date);
	}

	/**
	 * An audit staff record today: it took place today at the latest, and names its
	 * auditor and its outcome.
	 */
	static SubprocessorAudit record(UUID subprocessorId, LocalDate date, String auditor, String outcome,
			LocalDate today, UserId by, Instant now) {
		if (date == null) {
			throw RejectedException.invalid("date", "must be the day of the audit");
		}
		if (date.isAfter(today)) {
			throw RejectedException.invalid("date", "must not be in the future: record an audit once it took place");
		}
		return new SubprocessorAudit(0, subprocessorId, date, Fields.required("auditor", auditor, 200),
				Fields.required("outcome", outcome, 2000), Objects.requireNonNull(now), Objects.requireNonNull(by));
	}

	/** A date entered with the sub-processor, without the details of the audit. */
	static SubprocessorAudit entered(UUID subprocessorId, LocalDate date) {
		return new SubprocessorAudit(0, subprocessorId, date, null, null, null, null);
	}

}
