package io.article28.agreements;

import io.article28.accounts.OrganizationId;

/** One line of the staff overview: an organization and where it stands with the DPA. */
public record OrganizationDpa(OrganizationId organizationId, String name, DpaStatus status) {
}
