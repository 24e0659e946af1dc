package io.article28.accounts;

import io.article28.core.Fields;
import io.article28.core.EmailAddress;

/**
 * Who the organization's data protection officer is, as the customer keeps it current.
 */
public record DpoContact(String name, EmailAddress email) {

	public DpoContact {
		name = Fields.line("name", name, 200);
		java.util.Objects.requireNonNull(email);
	}
}
