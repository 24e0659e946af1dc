package io.article28.accounts;

/**
 * The rights over an organization that an operation may need, each one of the rules of
 * {@link OrganizationAccess}.
 */
public enum OrganizationRight {

	/** Staff ADMIN, or an OWNER or ADMIN of the organization. */
	MANAGE {
		@Override
		void check(OrganizationAccess access, CurrentUser user, OrganizationId organization) {
			access.requireManager(user, organization);
		}
	},

	/** An OWNER or ADMIN of the organization, acting for it; never staff. */
	MANAGE_OWN {
		@Override
		void check(OrganizationAccess access, CurrentUser user, OrganizationId organization) {
			access.requireOwnManager(user, organization);
		}
	},

	/** An OWNER of the organization. */
	OWN {
		@Override
		void check(OrganizationAccess access, CurrentUser user, OrganizationId organization) {
			access.requireOwner(user, organization);
		}
	},

	/** An OWNER, or a member given the EXPORT permission; never staff. */
	EXPORT {
		@Override
		void check(OrganizationAccess access, CurrentUser user, OrganizationId organization) {
			access.requireExporter(user, organization);
		}
	};

	abstract void check(OrganizationAccess access, CurrentUser user, OrganizationId organization);

}
