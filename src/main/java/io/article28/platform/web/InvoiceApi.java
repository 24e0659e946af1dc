package io.article28.platform.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.platform.Invoice;
import io.article28.platform.InvoiceStatus;
import io.article28.platform.PlatformManagement;

/**
 * An organization's invoices, reported by the billing system; the customer reads them.
 */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/invoices")
class InvoiceApi {

	record InvoiceRequest(@NotNull @PositiveOrZero Long amountCents, @NotBlank String currency,
			@NotNull LocalDate dueDate, @NotNull InvoiceStatus status) {
	}

	record InvoiceView(String number, long amountCents, String currency, LocalDate dueDate, InvoiceStatus status) {

		static InvoiceView of(Invoice invoice) {
			return new InvoiceView(invoice.number(), invoice.amountCents(), invoice.currency().getCurrencyCode(),
					invoice.dueDate(), invoice.status());
		}
	}

	private final PlatformManagement platform;

	private final OrganizationAccess access;

	InvoiceApi(PlatformManagement platform, OrganizationAccess access) {
		this.platform = platform;
		this.access = access;
	}

	@StaffOnly(StaffRole.ADMIN)
	@PutMapping("/{number}")
	ResponseEntity<InvoiceView> record(@PathVariable UUID orgId, @PathVariable String number,
			@Valid @RequestBody InvoiceRequest request) {
		var saved = platform.recordInvoice(new OrganizationId(orgId), number, request.amountCents(), request.currency(),
				request.dueDate(), request.status());
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(InvoiceView.of(saved.value()));
	}

	@GetMapping
	Page<InvoiceView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return platform.invoices(owner, PageRequest.of(page, size)).map(InvoiceView::of);
	}

}
