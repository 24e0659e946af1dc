package io.article28.platform;

/**
 * Whether an invoice is settled; an unpaid invoice blocks the deletion of the account.
 */
public enum InvoiceStatus {

	PAID, UNPAID

}
