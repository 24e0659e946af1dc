package io.article28.agreements;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/** Staff accepted or rejected a hand-signed DPA; an accepted one binds from now on. */
public record DpaUploadReviewed(OrganizationId organizationId, UUID uploadId, DpaVersionId versionId,
		boolean accepted) {
}
