package io.article28.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import io.article28.core.NotFoundException;

/**
 * Who may read or change an organization's data. A caller outside the organization gets
 * the same answer as for one that does not exist (404), so tenants cannot discover each
 * other; a member without the right role, or a customer on a staff action, is refused
 * (403).
 */
@Component
public class OrganizationAccess {

	/** Staff of any role, or any member of the organization. */
	public void requireReader(CurrentUser user, OrganizationId organization) {
		if (!user.isStaff() && !user.isMemberOf(organization)) {
			throw new NotFoundException("Organization");
		}
	}

	/** Staff ADMIN, or an OWNER or ADMIN of the organization. */
	public void requireManager(CurrentUser user, OrganizationId organization) {
		if (user.hasStaffRole(StaffRole.ADMIN)) {
			return;
		}
		requireReader(user, organization);
		boolean manages = user.membership().map(m -> m.role().manages()).orElse(false);
		if (!manages) {
			throw new AccessDeniedException("managing the organization needs the OWNER or ADMIN role");
		}
	}

	/**
	 * An OWNER or ADMIN of the organization itself, never staff on its behalf: for the
	 * customer's own acts, such as signing its DPA or objecting to a sub-processor.
	 */
	public void requireOwnManager(CurrentUser user, OrganizationId organization) {
		requireManager(user, organization);
		if (!user.isMemberOf(organization)) {
			throw new AccessDeniedException("the customer acts for itself here, not staff on its behalf");
		}
	}

	/**
	 * An OWNER of the organization itself: for what only the account's owners decide,
	 * such as deleting the account or restricting its processing.
	 */
	public void requireOwner(CurrentUser user, OrganizationId organization) {
		requireReader(user, organization);
		boolean owner = user.membership().map(m -> m.role() == OrganizationRole.OWNER).orElse(false);
		if (!owner) {
			throw new AccessDeniedException("only an owner of the organization may do this");
		}
	}

	/**
	 * A member of the organization who may take its data away: an OWNER, or a member
	 * given the EXPORT permission. Never staff: the export is the customer's own copy.
	 */
	public void requireExporter(CurrentUser user, OrganizationId organization) {
		if (!user.isMemberOf(organization)) {
			if (user.isStaff()) {
				throw new AccessDeniedException("the customer exports its own data, not staff on its behalf");
			}
			throw new NotFoundException("Organization");
		}
		if (!mayExport(user, organization)) {
			throw new AccessDeniedException(
					"exporting the account's data needs the OWNER role or the EXPORT permission");
		}
	}

	/** Whether the person may export the organization's data, for pages to offer it. */
	/** Whether {@link #requireManager} would let the user through. */
	public boolean mayManage(CurrentUser user, OrganizationId organization) {
		return user.hasStaffRole(StaffRole.ADMIN)
				|| (user.isMemberOf(organization) && user.membership().map(m -> m.role().manages()).orElse(false));
	}

	public boolean mayExport(CurrentUser user, OrganizationId organization) {
		return user.isMemberOf(organization)
				&& user.membership().map(m -> m.canExport() || m.role() == OrganizationRole.OWNER).orElse(false);
	}

	/** Only an OWNER, or staff ADMIN, may make someone else an OWNER. */
	public void requireMayGrant(CurrentUser user, OrganizationRole role) {
		boolean owner = user.membership().map(m -> m.role() == OrganizationRole.OWNER).orElse(false);
		if (role == OrganizationRole.OWNER && !owner && !user.hasStaffRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("only an owner may add an owner");
		}
	}

	/** Provider staff holding one of the roles. */
	public void requireStaff(CurrentUser user, StaffRole... roles) {
		for (StaffRole role : roles) {
			if (user.hasStaffRole(role)) {
				return;
			}
		}
		throw new AccessDeniedException("reserved to provider staff");
	}

}
