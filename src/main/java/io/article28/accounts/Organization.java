package io.article28.accounts;

import io.article28.core.Fields;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.article28.core.EmailAddress;
import io.article28.core.RejectedException;

/**
 * A customer of the provider: the controller for whom the provider processes personal
 * data.
 */
public class Organization {

	private final OrganizationId id;

	private final String name;

	private final EmailAddress billingEmail;

	private DpoContact dpoContact;

	private final Instant createdAt;

	private Instant restrictedAt;

	Organization(OrganizationId id, String name, EmailAddress billingEmail, DpoContact dpoContact, Instant createdAt,
			Instant restrictedAt) {
		this.id = Objects.requireNonNull(id);
		this.name = Fields.line("name", name, 200);
		this.billingEmail = Objects.requireNonNull(billingEmail);
		this.dpoContact = dpoContact;
		this.createdAt = Objects.requireNonNull(createdAt);
		this.restrictedAt = restrictedAt;
	}

	static Organization register(String name, EmailAddress billingEmail, Instant now) {
		return new Organization(OrganizationId.random(), name, billingEmail, null, now, null);
	}

	/**
	 * Restricts processing (GDPR Art. 18): from now on the provider only stores the
	 * account's data and starts nothing new with it.
	 */
	ProcessingRestricted restrict(UserId by, Instant now) {
		if (restrictedAt != null) {
			throw RejectedException.conflict(null, "the account is already restricted");
		}
		this.restrictedAt = now;
		return new ProcessingRestricted(id, by);
	}

	ProcessingRestrictionLifted liftRestriction(UserId by) {
		if (restrictedAt == null) {
			throw RejectedException.conflict(null, "the account is not restricted");
		}
		this.restrictedAt = null;
		return new ProcessingRestrictionLifted(id, by);
	}

	/** Since when processing is restricted, if it is. */
	public Optional<Instant> restrictedSince() {
		return Optional.ofNullable(restrictedAt);
	}

	/** Refuses new processing while the account is restricted. */
	public void requireUnrestricted(String what) {
		if (restrictedAt != null) {
			throw RejectedException.conflict(null, "the account's processing is restricted by its owner: " + what
					+ " is not allowed until it is lifted");
		}
	}

	DpoContactChanged changeDpoContact(DpoContact contact, UserId by) {
		this.dpoContact = Objects.requireNonNull(contact);
		return new DpoContactChanged(id, by, java.util.UUID.randomUUID());
	}

	public OrganizationId id() {
		return id;
	}

	public String name() {
		return name;
	}

	public EmailAddress billingEmail() {
		return billingEmail;
	}

	public Optional<DpoContact> dpoContact() {
		return Optional.ofNullable(dpoContact);
	}

	public Instant createdAt() {
		return createdAt;
	}

}
