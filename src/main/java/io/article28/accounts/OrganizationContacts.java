package io.article28.accounts;

import java.util.List;

import io.article28.core.EmailAddress;

/**
 * Whom to tell of what concerns an organization: its name, and its DPO and owners, each
 * address once.
 */
public record OrganizationContacts(OrganizationId id, String name, List<EmailAddress> recipients) {

	public OrganizationContacts {
		recipients = List.copyOf(recipients);
	}
}
