package io.article28.accounts;

/**
 * The rights over an organization that an operation may need, each one of the rules of
 * {@link OrganizationAccess}.
 */
public enum OrganizationRight {

	/** Staff ADMIN, or an OWNER or ADMIN of the organization. */
	MANAGE,
	/** An OWNER or ADMIN of the organization, acting for it; never staff. */
	MANAGE_OWN,
	/** An OWNER of the organization. */
	OWN,
	/** An OWNER, or a member given the EXPORT permission; never staff. */
	EXPORT;

	void check(OrganizationAccess access, CurrentUser user, OrganizationId organization) {
		switch (this) {
			case MANAGE -> access.requireManager(user, organization);
			case MANAGE_OWN -> access.requireOwnManager(user, organization);
			case OWN -> access.requireOwner(user, organization);
			case EXPORT -> access.requireExporter(user, organization);
		}
	}

}
