package io.article28.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/** The invoices reported by the billing system, keyed by their number. */
@Repository
class Invoices {

	private final JdbcClient jdbc;

	Invoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Invoice> find(String number) {
		return jdbc.sql("select * from invoice where number = :number")
			.param("number", number)
			.query(Invoices::map)
			.optional();
	}

	/** Inserts or replaces the invoice; true when it was new. */
	boolean save(Invoice invoice, Instant now) {
		Map<String, Object> params = Map.of("number", invoice.number(), "org", invoice.organizationId().value(),
				"amount", invoice.amountCents(), "currency", invoice.currency().getCurrencyCode(), "due",
				invoice.dueDate(), "status", invoice.status().name(), "now", Timestamps.of(now));
		int updated = jdbc.sql("""
				update invoice set amount_cents = :amount, currency = :currency, due_date = :due, status = :status,
				  updated_at = :now where number = :number and organization_id = :org""").params(params).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into invoice (number, organization_id, amount_cents, currency, due_date, status, updated_at)
					values (:number, :org, :amount, :currency, :due, :status, :now)""").params(params).update();
			return true;
		}
		return false;
	}

	Page<Invoice> ofOrganization(OrganizationId organization, PageRequest request) {
		long total = jdbc.sql("select count(*) from invoice where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		List<Invoice> items = jdbc.sql("""
				select * from invoice where organization_id = :org
				order by due_date desc, number limit :limit offset :offset""")
			.param("org", organization.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Invoices::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	long countUnpaid(OrganizationId organization) {
		return jdbc.sql("select count(*) from invoice where organization_id = :org and status = 'UNPAID'")
			.param("org", organization.value())
			.query(Long.class)
			.single();
	}

	List<Invoice> unpaid(OrganizationId organization) {
		return jdbc
			.sql("select * from invoice where organization_id = :org and status = 'UNPAID' order by due_date, number")
			.param("org", organization.value())
			.query(Invoices::map)
			.list();
	}

	private static Invoice map(ResultSet rs, int row) throws SQLException {
		return new Invoice(rs.getString("number"), new OrganizationId(rs.getObject("organization_id", UUID.class)),
				rs.getLong("amount_cents"), Currency.getInstance(rs.getString("currency")),
				rs.getObject("due_date", LocalDate.class), InvoiceStatus.valueOf(rs.getString("status")));
	}

}
