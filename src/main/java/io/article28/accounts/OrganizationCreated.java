package io.article28.accounts;

/** A customer organization was registered. */
public record OrganizationCreated(OrganizationId organizationId, UserId by) {
}
