package io.article28.accounts;

/** A person joined an organization with a role. */
public record MemberAdded(OrganizationId organizationId, UserId memberId, OrganizationRole role, UserId by) {
}
