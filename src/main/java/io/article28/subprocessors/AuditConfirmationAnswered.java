package io.article28.subprocessors;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/**
 * Staff answered a customer's request for confirmation of the last audit of a
 * sub-processor.
 */
public record AuditConfirmationAnswered(UUID confirmationId, OrganizationId organizationId, UUID subprocessorId) {
}
