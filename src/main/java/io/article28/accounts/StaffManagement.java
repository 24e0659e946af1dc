package io.article28.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.core.EmailAddress;
import io.article28.core.Fields;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

/**
 * The provider's staff, as its administrators run it: a new staff member is invited with
 * its roles and chooses its password from the mailed link; roles are given and taken; one
 * who left is deactivated, its sessions and tokens ended at once. At least one active
 * ADMIN always remains. Every change is published for the trail and the mail.
 */
@Service
@Transactional
public class StaffManagement {

	private final Users users;

	private final Passwords passwords;

	private final PasswordLinkSender links;

	private final Sessions sessions;

	private final ApiTokens tokens;

	private final PasswordLinks passwordLinks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffManagement(Users users, Passwords passwords, PasswordLinkSender links, Sessions sessions, ApiTokens tokens,
			PasswordLinks passwordLinks, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.links = links;
		this.sessions = sessions;
		this.tokens = tokens;
		this.passwordLinks = passwordLinks;
		this.events = events;
		this.clock = clock;
	}

	/** The staff, active ones first. */
	@Transactional(readOnly = true)
	public Page<User> staff(PageRequest page) {
		return users.staff(page);
	}

	@Transactional(readOnly = true)
	public User staffMember(UserId id) {
		return users.findById(id).filter(User::isStaff).orElseThrow(() -> new NotFoundException("Staff member"));
	}

	/** How many active staff hold each role (a role nobody holds is missing). */
	@Transactional(readOnly = true)
	public Map<StaffRole, Long> activeStaffByRole() {
		return users.activeStaffByRole();
	}

	/**
	 * Adds a staff member with its roles and mails it the link to choose its password.
	 */
	public User invite(String email, String name, Collection<StaffRole> roles, UserId by) {
		EmailAddress address = Fields.email("email", email);
		User staff = User.staff(address, name, passwords.unusable(), roles == null ? List.of() : roles,
				clock.instant());
		if (users.existsByEmail(address)) {
			throw RejectedException.conflict("email", "a person with this email already has an account");
		}
		users.insert(staff);
		links.send(staff, PasswordLinkPurpose.INVITATION);
		events.publishEvent(new StaffAdded(staff.id(), Set.copyOf(staff.staffRoles()), by));
		return staff;
	}

	/** Gives the staff member exactly these roles. */
	public User changeRoles(UserId id, Collection<StaffRole> roles, UserId by) {
		List<UserId> administrators = users.lockActiveAdministrators();
		User staff = staffMember(id);
		staff.changeRoles(roles == null ? List.of() : roles, by).ifPresent(change -> {
			if (change.taken().contains(StaffRole.ADMIN)) {
				requireAnotherAdministrator(administrators, id);
			}
			users.updateRoles(staff);
			events.publishEvent(change);
		});
		return staff;
	}

	/**
	 * Ends the access of a staff member who left: it can no longer sign in, its sessions,
	 * tokens and open links end now.
	 */
	public User deactivate(UserId id, UserId by) {
		List<UserId> administrators = users.lockActiveAdministrators();
		User staff = staffMember(id);
		Instant now = clock.instant();
		StaffDeactivated deactivated = staff.deactivate(by, now);
		if (staff.hasStaffRole(StaffRole.ADMIN)) {
			requireAnotherAdministrator(administrators, id);
		}
		users.updateDeactivation(staff);
		sessions.endAll(List.of(staff.email().value()));
		tokens.revokeAll(staff.id(), now);
		passwordLinks.closeAll(staff.id(), now);
		events.publishEvent(deactivated);
		return staff;
	}

	private static void requireAnotherAdministrator(List<UserId> administrators, UserId leaving) {
		if (administrators.stream().noneMatch(administrator -> !administrator.equals(leaving))) {
			throw RejectedException.conflict("roles",
					"at least one active ADMIN must remain: make someone else ADMIN first");
		}
	}

}
