package io.article28.subprocessors;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/** An organization bound by prior written consent consented to a change or refused it. */
public record ConsentAnswered(UUID changeId, OrganizationId organizationId, boolean consented) {
}
