package io.article28.agreements;

import io.article28.accounts.OrganizationId;

/**
 * An organization bound by a DPA: the version it signed last, and that version's terms.
 */
public record BoundOrganization(OrganizationId organizationId, DpaVersionId versionId, DpaTerms terms) {
}
