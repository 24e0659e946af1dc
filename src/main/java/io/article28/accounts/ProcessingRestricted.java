package io.article28.accounts;

/**
 * An owner restricted the processing of the account's data: the provider only stores it.
 */
public record ProcessingRestricted(OrganizationId organizationId, UserId by) {
}
