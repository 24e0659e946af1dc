package io.article28.subprocessors;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/** A customer asked for confirmation of the last audit of a sub-processor. */
public record AuditConfirmationRequested(UUID confirmationId, OrganizationId organizationId, UUID subprocessorId) {
}
