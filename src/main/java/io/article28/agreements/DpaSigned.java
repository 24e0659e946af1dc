package io.article28.agreements;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/** A customer signed a DPA version; it is binding from now on. */
public record DpaSigned(OrganizationId organizationId, UUID signatureId, DpaVersionId versionId) {
}
