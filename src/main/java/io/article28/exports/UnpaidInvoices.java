package io.article28.exports;

import java.util.List;
import java.util.stream.Collectors;

import io.article28.platform.Invoice;

/** The account cannot be deleted while these invoices are unpaid. */
public class UnpaidInvoices extends RuntimeException {

	private final transient List<Invoice> invoices;

	UnpaidInvoices(List<Invoice> invoices) {
		super("The account cannot be deleted while invoices are unpaid: "
				+ invoices.stream().map(Invoice::number).collect(Collectors.joining(", ")) + ".");
		this.invoices = List.copyOf(invoices);
	}

	public List<Invoice> invoices() {
		return invoices;
	}

}
