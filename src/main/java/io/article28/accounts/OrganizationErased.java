package io.article28.accounts;

import java.util.List;
import java.util.Objects;

/**
 * An organization is being erased for good. Published inside the erasing transaction,
 * before the accounts module deletes its own rows, and listened to synchronously: each
 * module erases what it holds of the organization and of its members, in the same
 * transaction, so that the erasure happens entirely or not at all. Never stored.
 */
public record OrganizationErased(OrganizationId organizationId, List<UserId> members) {

	public OrganizationErased {
		Objects.requireNonNull(organizationId);
		members = List.copyOf(members);
	}
}
