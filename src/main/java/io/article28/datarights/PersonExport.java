package io.article28.datarights;

import java.time.Instant;
import java.util.UUID;

import io.article28.accounts.OrganizationId;

/**
 * An export of a person's data for a rights request: queued, written in the background,
 * then attached to the request's answer; or failed, with why (never a value).
 */
public record PersonExport(UUID id, OrganizationId organizationId, UUID requestId, Status status, Instant requestedAt,
		Instant finishedAt, Integer tables, Long rows, Long sizeBytes, String sha256, UUID attachmentId,
		String failure) {

	public enum Status {

		QUEUED, RUNNING, COMPLETED, FAILED

	}

}
