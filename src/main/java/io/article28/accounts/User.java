package io.article28.accounts;

import io.article28.core.Fields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.article28.core.EmailAddress;

/**
 * A person who signs in: either provider staff with a staff role, or a member of exactly
 * one customer organization.
 */
public class User {

	private final UserId id;

	private EmailAddress email;

	private String name;

	private String passwordHash;

	private final StaffRole staffRole;

	private final Membership membership;

	private final Instant createdAt;

	User(UserId id, EmailAddress email, String name, String passwordHash, StaffRole staffRole, Membership membership,
			Instant createdAt) {
		if ((staffRole == null) == (membership == null)) {
			throw new IllegalArgumentException("a user is either staff or a member of one organization");
		}
		this.id = Objects.requireNonNull(id);
		this.email = Objects.requireNonNull(email);
		this.name = Fields.line("name", name, 200);
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.staffRole = staffRole;
		this.membership = membership;
		this.createdAt = Objects.requireNonNull(createdAt);
	}

	static User staff(EmailAddress email, String name, String passwordHash, StaffRole role, Instant now) {
		return new User(UserId.random(), email, name, passwordHash, Objects.requireNonNull(role), null, now);
	}

	static User member(EmailAddress email, String name, String passwordHash, Membership membership, Instant now) {
		return new User(UserId.random(), email, name, passwordHash, null, Objects.requireNonNull(membership), now);
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
		return staffRole != null;
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

	public Optional<StaffRole> staffRole() {
		return Optional.ofNullable(staffRole);
	}

	public Optional<Membership> membership() {
		return Optional.ofNullable(membership);
	}

	public Instant createdAt() {
		return createdAt;
	}

}
