package io.article28.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.article28.core.EmailAddress;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * A person who signs in: either provider staff holding one or more staff roles, or a
 * member of exactly one customer organization. A staff member who left is deactivated,
 * never deleted, so that the trail keeps naming who did what.
 */
public class User {

	private final UserId id;

	private EmailAddress email;

	private String name;

	private String passwordHash;

	/** The staff roles, or null for a member. */
	private Set<StaffRole> staffRoles;

	private final Membership membership;

	private final Instant createdAt;

	private Instant deactivatedAt;

	User(UserId id, EmailAddress email, String name, String passwordHash, Collection<StaffRole> staffRoles,
			Membership membership, Instant createdAt, Instant deactivatedAt) {
		if ((staffRoles == null) == (membership == null)) {
			throw new IllegalArgumentException("a user is either staff or a member of one organization");
		}
		this.id = Objects.requireNonNull(id);
		this.email = Objects.requireNonNull(email);
		this.name = Fields.line("name", name, 200);
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.staffRoles = staffRoles == null ? null : checkedRoles(staffRoles);
		this.membership = membership;
		this.createdAt = Objects.requireNonNull(createdAt);
		this.deactivatedAt = deactivatedAt;
	}

	static User staff(EmailAddress email, String name, String passwordHash, Collection<StaffRole> roles, Instant now) {
		return new User(UserId.random(), email, name, passwordHash, Objects.requireNonNull(roles), null, now, null);
	}

	static User member(EmailAddress email, String name, String passwordHash, Membership membership, Instant now) {
		return new User(UserId.random(), email, name, passwordHash, null, Objects.requireNonNull(membership), now,
				null);
	}

	private static Set<StaffRole> checkedRoles(Collection<StaffRole> roles) {
		if (roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
			throw RejectedException.invalid("roles", "choose at least one role: DPO, SUPPORT, SECURITY or ADMIN");
		}
		return Set.copyOf(EnumSet.copyOf(roles));
	}

	/**
	 * Gives the staff member exactly these roles; returns the roles given and taken, or
	 * nothing when they were already its roles.
	 */
	Optional<StaffRolesChanged> changeRoles(Collection<StaffRole> roles, UserId by) {
		requireActiveStaff();
		Set<StaffRole> wanted = checkedRoles(roles);
		if (wanted.equals(staffRoles)) {
			return Optional.empty();
		}
		EnumSet<StaffRole> given = EnumSet.noneOf(StaffRole.class);
		given.addAll(wanted);
		given.removeAll(staffRoles);
		EnumSet<StaffRole> taken = EnumSet.noneOf(StaffRole.class);
		taken.addAll(staffRoles);
		taken.removeAll(wanted);
		this.staffRoles = wanted;
		return Optional.of(new StaffRolesChanged(UUID.randomUUID(), id, by, Set.copyOf(given), Set.copyOf(taken)));
	}

	/** Ends the staff member's access; it can no longer sign in. */
	StaffDeactivated deactivate(UserId by, Instant now) {
		requireActiveStaff();
		if (id.equals(by)) {
			throw RejectedException.invalid("user", "you cannot deactivate yourself: ask another administrator");
		}
		this.deactivatedAt = now;
		return new StaffDeactivated(id, by);
	}

	private void requireActiveStaff() {
		if (!isStaff()) {
			// StaffManagement finds staff members only: a customer never gets here
			throw new IllegalStateException("not a staff member");
		}
		if (!isActive()) {
			throw RejectedException.conflict("user", "this staff member has been deactivated");
		}
	}

	/**
	 * Corrects the person's own data (GDPR art. 16). Returns the event naming the fields
	 * that changed, or nothing when the values were already right.
	 */
	Optional<ProfileRectified> rectify(String newName, EmailAddress newEmail, UserId by) {
		List<String> changed = new ArrayList<>();
		if (newName != null && !newName.strip().equals(name)) {
			this.name = Fields.line("name", newName, 200);
			changed.add("name");
		}
		if (newEmail != null && !newEmail.equals(email)) {
			this.email = newEmail;
			changed.add("email");
		}
		return changed.isEmpty() ? Optional.empty() : Optional.of(new ProfileRectified(id, by, List.copyOf(changed)));
	}

	void changePassword(String newHash) {
		this.passwordHash = Objects.requireNonNull(newHash);
	}

	public boolean isStaff() {
		return staffRoles != null;
	}

	public boolean isActive() {
		return deactivatedAt == null;
	}

	public boolean hasStaffRole(StaffRole role) {
		return staffRoles != null && staffRoles.contains(role);
	}

	public UserId id() {
		return id;
	}

	public EmailAddress email() {
		return email;
	}

	public String name() {
		return name;
	}

	String passwordHash() {
		return passwordHash;
	}

	/** The staff roles, in their declared order; none for a member. */
	public List<StaffRole> staffRoles() {
		return staffRoles == null ? List.of() : List.copyOf(EnumSet.copyOf(staffRoles));
	}

	public Optional<Membership> membership() {
		return Optional.ofNullable(membership);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Optional<Instant> deactivatedAt() {
		return Optional.ofNullable(deactivatedAt);
	}

}
