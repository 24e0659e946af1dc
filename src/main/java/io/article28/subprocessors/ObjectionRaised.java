package io.article28.subprocessors;

import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.agreements.ObjectionGround;

/** An organization objected to a change, on one of the grounds of its DPA. */
public record ObjectionRaised(UUID changeId, OrganizationId organizationId, ObjectionGround ground) {
}
