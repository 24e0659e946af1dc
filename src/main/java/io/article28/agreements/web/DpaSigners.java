package io.article28.agreements.web;

import org.springframework.security.access.AccessDeniedException;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;

/**
 * Who signs the DPA: an OWNER or ADMIN of the organization itself, never staff on its
 * behalf.
 */
final class DpaSigners {

	private DpaSigners() {
	}

	static void requireSigner(OrganizationAccess access, CurrentUser user, OrganizationId organization) {
		access.requireManager(user, organization);
		if (!user.isMemberOf(organization)) {
			throw new AccessDeniedException("the customer signs its own DPA");
		}
	}

}
