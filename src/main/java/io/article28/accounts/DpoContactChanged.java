package io.article28.accounts;

/** The organization's DPO contact was set or corrected. */
public record DpoContactChanged(OrganizationId organizationId, UserId by) {
}
