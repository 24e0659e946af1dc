package io.article28.accounts;

import java.io.Serializable;
import java.util.Objects;

/**
 * A person's place in a customer organization: its role, and whether it may export the
 * account's data.
 */
public record Membership(OrganizationId organizationId, OrganizationRole role,
		boolean canExport) implements Serializable {

	public Membership {
		Objects.requireNonNull(organizationId);
		Objects.requireNonNull(role);
	}
}
