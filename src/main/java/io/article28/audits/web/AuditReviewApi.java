package io.article28.audits.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.StaffRole;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditStatus;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.core.StaffOnly;

/** The provider's review of audit requests, by its DPOs and administrators. */
@RestController
class AuditReviewApi {

	static final StaffRole[] REVIEWERS = { StaffRole.DPO, StaffRole.ADMIN };

	record ConcernsRequest(String text) {
	}

	record AgreementRequest(LocalDate start, Integer durationDays, Boolean auditorAccepted) {
	}

	record RefusalRequest(String reason, Boolean competitor) {
	}

	record QuoteRequest(String assistance, BigDecimal amount) {
	}

	private final AuditManagement audits;

	private final OrganizationAccess access;

	AuditReviewApi(AuditManagement audits, OrganizationAccess access) {
		this.audits = audits;
		this.access = access;
	}

	@StaffOnly
	@GetMapping("/api/v1/audit-requests")
	Page<AuditViews.Detail> queue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) AuditStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		access.requireStaff(user, REVIEWERS);
		return AuditViews.details(audits, audits.queue(status, PageRequest.of(page, size)));
	}

	@StaffOnly
	@GetMapping("/api/v1/audit-requests/{id}")
	AuditViews.Detail request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		access.requireStaff(user, REVIEWERS);
		return AuditViews.detail(audits, audits.request(id));
	}

	@StaffOnly
	@PostMapping("/api/v1/audit-requests/{id}/concerns")
	ResponseEntity<AuditViews.Detail> raiseConcerns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ConcernsRequest request) {
		access.requireStaff(user, REVIEWERS);
		return ResponseEntity.status(201)
			.body(AuditViews.detail(audits, audits.raiseConcerns(id, request.text(), user.id())));
	}

	@StaffOnly
	@PostMapping("/api/v1/audit-requests/{id}/agreement")
	AuditViews.Detail agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AgreementRequest request) {
		access.requireStaff(user, REVIEWERS);
		if (request.durationDays() == null) {
			throw RejectedException.invalid("durationDays", "must be a number of days");
		}
		return AuditViews.detail(audits, audits.agree(id, request.start(), request.durationDays(),
				Boolean.TRUE.equals(request.auditorAccepted()), user.id()));
	}

	@StaffOnly
	@PostMapping("/api/v1/audit-requests/{id}/refusal")
	AuditViews.Detail refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody RefusalRequest request) {
		access.requireStaff(user, REVIEWERS);
		return AuditViews.detail(audits,
				audits.refuse(id, request.reason(), Boolean.TRUE.equals(request.competitor()), user.id()));
	}

	/** Quotes assistance beyond the contract; the customer approves it in writing. */
	@StaffOnly
	@PostMapping("/api/v1/audit-requests/{id}/fee-quotes")
	ResponseEntity<AuditViews.Detail> proposeQuote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody QuoteRequest request) {
		access.requireStaff(user, REVIEWERS);
		audits.proposeQuote(id, request.assistance(), request.amount(), user.id());
		return ResponseEntity.status(HttpStatus.CREATED).body(AuditViews.detail(audits, audits.request(id)));
	}

	@StaffOnly
	@PostMapping("/api/v1/audit-requests/{id}/start")
	AuditViews.Detail start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		access.requireStaff(user, REVIEWERS);
		return AuditViews.detail(audits, audits.start(id, user.id()));
	}

	@StaffOnly
	@PostMapping("/api/v1/audit-requests/{id}/completion")
	AuditViews.Detail complete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		access.requireStaff(user, REVIEWERS);
		return AuditViews.detail(audits, audits.complete(id, user.id()));
	}

	@StaffOnly
	@PostMapping(path = "/api/v1/audit-requests/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AuditViews.Report> attachReport(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file) throws IOException {
		access.requireStaff(user, REVIEWERS);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AuditViews.Report.of(audits.attachReport(id, file.getOriginalFilename(), file.getContentType(),
					file.getBytes(), user.id())));
	}

	@StaffOnly
	@GetMapping("/api/v1/audit-requests/{id}/reports")
	List<AuditViews.Report> reports(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		access.requireStaff(user, REVIEWERS);
		audits.request(id);
		return audits.reports(id).stream().map(AuditViews.Report::of).toList();
	}

	@StaffOnly
	@GetMapping("/api/v1/audit-requests/{id}/reports/{reportId}")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID reportId) {
		access.requireStaff(user, REVIEWERS);
		return AuditViews.download(audits.report(id, reportId));
	}

}
