package io.article28.accounts;

/** The provider's own people and what part of the back office each runs. */
public enum StaffRole {

	ADMIN, DPO, SUPPORT, SECURITY

}
