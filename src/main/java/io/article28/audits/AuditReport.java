package io.article28.audits;

import java.time.Instant;
import java.util.UUID;

import io.article28.accounts.UserId;

/**
 * A report attached to an audit, by the customer (its auditor's report) or by the
 * provider (its answer, evidence): what describes it, never its content.
 */
public record AuditReport(UUID id, UUID requestId, AuditMessage.Side side, String filename, String contentType,
		long sizeBytes, String sha256, Instant addedAt, UserId addedBy) {

	/** The report's bytes, with what describes it. */
	public record Content(AuditReport report, byte[] bytes) {
	}

}
