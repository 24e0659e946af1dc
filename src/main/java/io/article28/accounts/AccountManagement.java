package io.article28.accounts;

import io.article28.core.Fields;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.core.EmailAddress;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

/** The use cases of accounts: organizations, members, staff, profiles and API tokens. */
@Service
@Transactional
public class AccountManagement {

	/** Long enough to resist guessing; a passphrase fits. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	public static final int MAX_PASSWORD_LENGTH = 128;

	/** Beyond this a person should revoke old tokens before making more. */
	public static final int MAX_ACTIVE_TOKENS = 20;

	private static final int PROFILE_HISTORY_SHOWN = 20;

	private static final int CONTACTS_CHUNK = 1000;

	private final Organizations organizations;

	private final Users users;

	private final ApiTokens tokens;

	private final ProfileChanges profileChanges;

	private final AccountErasure erasure;

	private final Passwords passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountManagement(Organizations organizations, Users users, ApiTokens tokens, ProfileChanges profileChanges,
			AccountErasure erasure, Passwords passwords, ApplicationEventPublisher events, Clock clock) {
		this.erasure = erasure;
		this.organizations = organizations;
		this.users = users;
		this.tokens = tokens;
		this.profileChanges = profileChanges;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	public Organization createOrganization(String name, String billingEmail, UserId by) {
		Organization organization = Organization.register(name, Fields.email("billingEmail", billingEmail),
				clock.instant());
		if (organizations.existsByName(organization.name())) {
			throw RejectedException.conflict("name", "an organization with this name already exists");
		}
		organizations.insert(organization);
		events.publishEvent(new OrganizationCreated(organization.id(), by));
		return organization;
	}

	@Transactional(readOnly = true)
	public Organization organization(OrganizationId id) {
		return organizations.findById(id).orElseThrow(() -> new NotFoundException("Organization"));
	}

	/** The organization, unless it is gone (erased while someone was signed in). */
	@Transactional(readOnly = true)
	public java.util.Optional<Organization> organizationIfPresent(OrganizationId id) {
		return organizations.findById(id);
	}

	/** The organization with this exact name, ignoring case. */
	@Transactional(readOnly = true)
	public java.util.Optional<Organization> organizationNamed(String name) {
		return organizations.findByName(name);
	}

	@Transactional(readOnly = true)
	public Page<Organization> organizations(PageRequest page) {
		return organizations.page(page);
	}

	/**
	 * The next {@code limit} organizations in the order of {@link #organizations}, after
	 * {@code last} (from the first when null): to walk them all without counting or
	 * skipping rows on each page.
	 */
	@Transactional(readOnly = true)
	public List<Organization> organizationsAfter(Organization last, int limit) {
		return organizations.after(last, limit);
	}

	public User addMember(OrganizationId organizationId, NewMember request, UserId by) {
		organization(organizationId);
		if (request.role() == null) {
			throw RejectedException.invalid("role", "must be one of OWNER, ADMIN, MEMBER");
		}
		EmailAddress email = Fields.email("email", request.email());
		User member = User.member(email, request.name(), passwords.encode(request.password()),
				new Membership(organizationId, request.role(), request.canExport()), clock.instant());
		if (users.existsByEmail(email)) {
			throw RejectedException.conflict("email", "a person with this email already has an account");
		}
		users.insert(member);
		events.publishEvent(new MemberAdded(organizationId, member.id(), request.role(), by));
		return member;
	}

	/**
	 * A staff member with its password, as the installation's first administrator and the
	 * demo data are made; staff administrators invite the others
	 * ({@link StaffManagement#invite}).
	 */
	public User createStaff(String email, String name, StaffRole role, String password) {
		EmailAddress address = Fields.email("email", email);
		User staff = User.staff(address, name, passwords.encode(password), Set.of(role), clock.instant());
		if (users.existsByEmail(address)) {
			throw RejectedException.conflict("email", "a person with this email already has an account");
		}
		users.insert(staff);
		events.publishEvent(new StaffAdded(staff.id(), Set.of(role), null));
		return staff;
	}

	@Transactional(readOnly = true)
	public boolean hasStaff() {
		return users.anyStaff();
	}

	@Transactional(readOnly = true)
	public Page<User> members(OrganizationId organizationId, PageRequest page) {
		organization(organizationId);
		return users.members(organizationId, page);
	}

	/**
	 * Whom to tell of what concerns each organization: its name, its DPO (when it has
	 * one) and its owners, each address once. Two queries per thousand organizations,
	 * which keeps each query's parameters within what every driver takes.
	 */
	@Transactional(readOnly = true)
	public List<OrganizationContacts> contacts(Collection<OrganizationId> ids) {
		if (ids.size() > CONTACTS_CHUNK) {
			List<OrganizationId> all = List.copyOf(ids);
			List<OrganizationContacts> found = new ArrayList<>();
			for (int from = 0; from < all.size(); from += CONTACTS_CHUNK) {
				found.addAll(contacts(all.subList(from, Math.min(all.size(), from + CONTACTS_CHUNK))));
			}
			return found;
		}
		Map<OrganizationId, List<EmailAddress>> owners = users.ownerEmails(ids);
		return organizations.findAll(ids).stream().map(organization -> {
			Set<EmailAddress> recipients = new LinkedHashSet<>();
			organization.dpoContact().ifPresent(dpo -> recipients.add(dpo.email()));
			recipients.addAll(owners.getOrDefault(organization.id(), List.of()));
			return new OrganizationContacts(organization.id(), organization.name(), List.copyOf(recipients));
		}).toList();
	}

	/**
	 * The names of these people, those of them that still exist: for lists that name
	 * their actors.
	 */
	@Transactional(readOnly = true)
	public Map<UserId, String> userNames(Collection<UserId> ids) {
		return users.names(ids);
	}

	/** The names of the organizations, for staff to read; an erased one is missing. */
	@Transactional(readOnly = true)
	public Map<OrganizationId, String> organizationNames(Collection<OrganizationId> ids) {
		return contacts(ids).stream().collect(Collectors.toMap(OrganizationContacts::id, OrganizationContacts::name));
	}

	/**
	 * The addresses of the provider's staff holding the role: whom a staff notice
	 * reaches.
	 */
	@Transactional(readOnly = true)
	public List<EmailAddress> staffEmails(StaffRole role) {
		return users.staffEmails(role);
	}

	@Transactional(readOnly = true)
	public Page<User> staff(PageRequest page) {
		return users.staff(page);
	}

	@Transactional(readOnly = true)
	public User user(UserId id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("User"));
	}

	public Organization changeDpoContact(OrganizationId organizationId, String name, String email, UserId by) {
		Organization organization = organization(organizationId);
		DpoContact contact = new DpoContact(name, Fields.email("email", email));
		events.publishEvent(organization.changeDpoContact(contact, by));
		organizations.updateDpoContact(organization);
		return organization;
	}

	/**
	 * The person corrects its own name or email; the change is kept in its history and
	 * published.
	 */
	public User rectifyProfile(UserId id, String name, String email) {
		User user = user(id);
		EmailAddress newEmail = email == null ? null : Fields.email("email", email);
		if (newEmail != null && !newEmail.equals(user.email()) && users.existsByEmail(newEmail)) {
			throw RejectedException.conflict("email", "a person with this email already has an account");
		}
		user.rectify(name, newEmail, id).ifPresent(change -> {
			users.updateProfile(user);
			profileChanges.record(change, clock.instant());
			events.publishEvent(change);
		});
		return user;
	}

	public void changePassword(UserId id, String currentPassword, String newPassword) {
		User user = user(id);
		if (!passwords.matches(currentPassword, user.passwordHash())) {
			throw RejectedException.invalid("currentPassword", "does not match the current password");
		}
		user.changePassword(passwords.encode(newPassword));
		users.updateProfile(user);
		ProfileRectified change = new ProfileRectified(id, id, List.of("password"));
		profileChanges.record(change, clock.instant());
		events.publishEvent(change);
	}

	@Transactional(readOnly = true)
	public List<ProfileChange> profileChanges(UserId id) {
		return profileChanges.latest(id, PROFILE_HISTORY_SHOWN);
	}

	public IssuedApiToken issueToken(UserId owner, String name) {
		String label = Fields.line("name", name, 100);
		user(owner);
		if (tokens.countActive(owner) >= MAX_ACTIVE_TOKENS) {
			throw RejectedException.conflict("name",
					"at most " + MAX_ACTIVE_TOKENS + " active tokens: revoke one you no longer use");
		}
		String token = ApiTokens.generate();
		UUID id = UUID.randomUUID();
		tokens.insert(id, owner, label, ApiTokens.digest(token), clock.instant());
		events.publishEvent(new ApiTokenCreated(owner, id));
		return new IssuedApiToken(id, token);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenSummary> tokens(UserId owner) {
		return tokens.list(owner);
	}

	public void revokeToken(UserId owner, UUID tokenId) {
		if (!tokens.revoke(owner, tokenId, clock.instant())) {
			throw new NotFoundException("Token");
		}
		events.publishEvent(new ApiTokenRevoked(owner, tokenId));
	}

	/** An owner restricts the processing of the account's data (GDPR Art. 18). */
	public Organization restrictProcessing(OrganizationId id, UserId by) {
		Organization organization = organization(id);
		events.publishEvent(organization.restrict(by, clock.instant()));
		organizations.updateRestriction(organization);
		return organization;
	}

	public Organization liftRestriction(OrganizationId id, UserId by) {
		Organization organization = organization(id);
		events.publishEvent(organization.liftRestriction(by));
		organizations.updateRestriction(organization);
		return organization;
	}

	/**
	 * Erases the organization for good. The other modules hear of it first, inside this
	 * transaction, and erase what they hold while the members can still be looked up;
	 * then the members, their sessions, tokens and history, and the organization go.
	 */
	public void erase(OrganizationId id) {
		organization(id);
		List<UserId> members = erasure.members(id);
		events.publishEvent(new OrganizationErased(id, members));
		erasure.erase(id, members);
	}

}
