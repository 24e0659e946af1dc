package io.article28.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security layer knows it: who, and which organization or
 * staff roles it acts with; a deactivated staff member is disabled. Authorities:
 * {@code STAFF} and {@code STAFF_<role>} for the provider's people, {@code CUSTOMER},
 * {@code ORG_<role>} and {@code EXPORT} for members.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 2L;

	private final UserId id;

	private final String email;

	private final String name;

	/** The staff roles, in their declared order; null for a member. */
	private final List<StaffRole> staffRoles;

	private final Membership membership;

	private final UUID apiTokenId;

	private final boolean active;

	private String passwordHash;

	CurrentUser(User user) {
		this(user, null);
	}

	/** The person as a machine client acting with one of its API tokens. */
	CurrentUser(User user, UUID apiTokenId) {
		this.id = user.id();
		this.email = user.email().value();
		this.name = user.name();
		this.staffRoles = user.isStaff() ? user.staffRoles() : null;
		this.membership = user.membership().orElse(null);
		this.active = user.isActive();
		this.passwordHash = user.passwordHash();
		this.apiTokenId = apiTokenId;
	}

	public UserId id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String name() {
		return name;
	}

	public boolean isStaff() {
		return staffRoles != null;
	}

	public boolean hasStaffRole(StaffRole role) {
		return staffRoles != null && staffRoles.contains(role);
	}

	/** The staff roles; none for a member. */
	public List<StaffRole> staffRoles() {
		return staffRoles == null ? List.of() : staffRoles;
	}

	public Optional<Membership> membership() {
		return Optional.ofNullable(membership);
	}

	/** The token this request was authenticated with, when a machine client sent it. */
	public Optional<UUID> apiTokenId() {
		return Optional.ofNullable(apiTokenId);
	}

	public boolean isMemberOf(OrganizationId organization) {
		return membership != null && membership.organizationId().equals(organization);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (staffRoles != null) {
			authorities.add(new SimpleGrantedAuthority("STAFF"));
			staffRoles.forEach(role -> authorities.add(new SimpleGrantedAuthority("STAFF_" + role.name())));
		}
		if (membership != null) {
			authorities.add(new SimpleGrantedAuthority("CUSTOMER"));
			authorities.add(new SimpleGrantedAuthority("ORG_" + membership.role().name()));
			if (membership.canExport()) {
				authorities.add(new SimpleGrantedAuthority("EXPORT"));
			}
		}
		return authorities;
	}

	/** A deactivated staff member is refused at sign-in, whatever its password. */
	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
