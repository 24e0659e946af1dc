package io.article28.agreements;

import io.article28.accounts.OrganizationId;

/**
 * A customer is asked to accept the current DPA version: the notice when the version is
 * published (reminder 0), then the weekly reminders. {@code neverSigned} when the
 * customer signed no version at all (it is bound by none), rather than an older one.
 */
public record DpaAcceptanceRequested(OrganizationId organizationId, DpaVersionId versionId, int reminder,
		boolean neverSigned) {
}
