package io.article28.agreements;

import java.time.Instant;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;

/**
 * The evidence of a customer's signature: who, when, from which address and browser,
 * which version, the hash of the exact document shown, the completed customer block, and
 * the sealed PDF.
 */
public record DpaSignature(UUID id, OrganizationId organizationId, DpaVersionId versionId, UUID documentId,
		String documentSha256, UserId signerId, Instant signedAt, String ipAddress, String userAgent,
		CustomerBlock customer, byte[] signedPdf, String signedPdfSha256) {
}
