package io.article28.subprocessors;

import java.util.UUID;

import io.article28.accounts.OrganizationId;

/** Staff upheld or dismissed an organization's objection. */
public record ObjectionDecided(UUID changeId, OrganizationId organizationId, boolean upheld) {
}
