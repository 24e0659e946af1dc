package io.article28.agreements;

import io.article28.accounts.OrganizationId;

/**
 * A customer bound by an older DPA version is asked to accept the current one: the notice
 * when the version is published (reminder 0), then the weekly reminders.
 */
public record DpaAcceptanceRequested(OrganizationId organizationId, DpaVersionId versionId, int reminder) {
}
