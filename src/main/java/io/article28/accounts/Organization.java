package io.article28.accounts;

import io.article28.core.Fields;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.article28.core.EmailAddress;

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

	Organization(OrganizationId id, String name, EmailAddress billingEmail, DpoContact dpoContact, Instant createdAt) {
		this.id = Objects.requireNonNull(id);
		this.name = Fields.required("name", name, 200);
		this.billingEmail = Objects.requireNonNull(billingEmail);
		this.dpoContact = dpoContact;
		this.createdAt = Objects.requireNonNull(createdAt);
	}

	static Organization register(String name, EmailAddress billingEmail, Instant now) {
		return new Organization(OrganizationId.random(), name, billingEmail, null, now);
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
