package io.article28.agreements;

import java.time.Instant;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;

/** A DPA signed by hand and uploaded as a PDF, waiting for staff review or reviewed. */
public record DpaUpload(UUID id, OrganizationId organizationId, DpaVersionId versionId, UserId uploadedBy,
		Instant uploadedAt, String filename, String sha256, DocumentMatch match, Status status, UserId reviewedBy,
		Instant reviewedAt, String reason) {

	public enum Status {

		PENDING, ACCEPTED, REJECTED

	}

	/** Staff take a decision once; a rejection says why. */
	DpaUpload review(boolean accept, String why, UserId reviewer, Instant at) {
		if (status != Status.PENDING) {
			throw RejectedException.conflict("status", "this upload was already reviewed");
		}
		String explanation = why == null || why.isBlank() ? null : why.strip();
		if (!accept && explanation == null) {
			throw RejectedException.invalid("reason", "a rejection needs its reason, which the customer will read");
		}
		if (explanation != null && explanation.length() > 1000) {
			throw RejectedException.invalid("reason", "at most 1000 characters");
		}
		return new DpaUpload(id, organizationId, versionId, uploadedBy, uploadedAt, filename, sha256, match,
				accept ? Status.ACCEPTED : Status.REJECTED, reviewer, at, explanation);
	}
}
