package io.article28.accounts;

/**
 * What a member may do in its organization: owners and admins manage it, members read it.
 */
public enum OrganizationRole {

	OWNER, ADMIN, MEMBER;

	public boolean manages() {
		return this != MEMBER;
	}

}
