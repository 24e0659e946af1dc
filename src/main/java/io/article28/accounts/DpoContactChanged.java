package io.article28.accounts;

import java.util.UUID;

/** The organization's DPO contact was set or corrected; each change has its own id. */
public record DpoContactChanged(OrganizationId organizationId, UserId by, UUID changeId) {
}
