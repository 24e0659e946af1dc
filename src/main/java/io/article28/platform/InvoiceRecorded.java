package io.article28.platform;

/** The billing system reported an invoice or a change of its status. */
public record InvoiceRecorded(io.article28.accounts.OrganizationId organizationId, String number,
		InvoiceStatus status) {
}
