package io.article28.accounts;

/** An owner lifted the restriction of processing. */
public record ProcessingRestrictionLifted(OrganizationId organizationId, UserId by) {
}
