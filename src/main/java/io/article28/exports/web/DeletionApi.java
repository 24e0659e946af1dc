package io.article28.exports.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.exports.AccountDeletion;
import io.article28.exports.DeletionManagement;
import io.article28.exports.UnpaidInvoices;
import io.article28.platform.Invoice;
import io.article28.platform.PlatformManagement;

/**
 * Deleting the account: an owner asks (202, purged at the end of the return period) or
 * cancels; unpaid invoices refuse the request (409, the invoices listed).
 */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/deletion")
class DeletionApi {

	static final URI UNPAID_INVOICES = URI.create("urn:article28:problem:unpaid-invoices");

	record DeletionView(UUID id, AccountDeletion.Status status, Instant requestedAt, Instant purgeAfter,
			Instant closedAt) {

		static DeletionView of(AccountDeletion deletion) {
			return new DeletionView(deletion.id(), deletion.status(), deletion.requestedAt(), deletion.purgeAfter(),
					deletion.closedAt().orElse(null));
		}
	}

	record InvoiceView(String number, long amountCents, String currency, LocalDate dueDate) {

		static InvoiceView of(Invoice invoice) {
			return new InvoiceView(invoice.number(), invoice.amountCents(), invoice.currency().getCurrencyCode(),
					invoice.dueDate());
		}
	}

	/**
	 * What deleting would do now: the scheduled deletion, the period, what stands in the
	 * way.
	 */
	record DeletionOverview(DeletionView scheduled, int returnPeriodDays, List<InvoiceView> unpaidInvoices,
			List<DeletionView> history) {
	}

	private final DeletionManagement deletions;

	private final PlatformManagement platform;

	private final OrganizationAccess access;

	DeletionApi(DeletionManagement deletions, PlatformManagement platform, OrganizationAccess access) {
		this.deletions = deletions;
		this.platform = platform;
		this.access = access;
	}

	@GetMapping
	DeletionOverview overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return new DeletionOverview(deletions.scheduled(organization).map(DeletionView::of).orElse(null),
				deletions.returnPeriodDays(organization),
				platform.unpaidInvoices(organization).stream().map(InvoiceView::of).toList(),
				deletions.history(organization).stream().map(DeletionView::of).toList());
	}

	@Requires(OrganizationRight.OWN)
	@PostMapping
	ResponseEntity<DeletionView> request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		AccountDeletion deletion = deletions.request(organization, user.id());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/organizations/" + orgId + "/deletion"))
			.body(DeletionView.of(deletion));
	}

	@Requires(OrganizationRight.OWN)
	@DeleteMapping
	DeletionView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		return DeletionView.of(deletions.cancel(organization, user.id()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unpaid(UnpaidInvoices ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setType(UNPAID_INVOICES);
		problem.setTitle("Unpaid invoices");
		problem.setProperty("unpaidInvoices", ex.invoices().stream().map(InvoiceView::of).toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
