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
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditStatus;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

/** The provider's review of audit requests, by its DPOs and administrators. */
@RestController
class AuditReviewApi {

	record ConcernsRequest(String text) {
	}

	record AgreementRequest(LocalDate start, Integer durationDays, Boolean auditorAccepted) {
	}

	record RefusalRequest(String reason, Boolean competitor) {
	}

	record QuoteRequest(String assistance, BigDecimal amount) {
	}

	private final AuditManagement audits;

	AuditReviewApi(AuditManagement audits) {
		this.audits = audits;
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/audit-requests")
	Page<AuditViews.Detail> queue(@RequestParam(required = false) AuditStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return AuditViews.details(audits, audits.queue(status, PageRequest.of(page, size)));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/audit-requests/{id}")
	AuditViews.Detail request(@PathVariable UUID id) {
		return AuditViews.detail(audits, audits.request(id));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/audit-requests/{id}/concerns")
	ResponseEntity<AuditViews.Detail> raiseConcerns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ConcernsRequest request) {
		return ResponseEntity.status(201)
			.body(AuditViews.detail(audits, audits.raiseConcerns(id, request.text(), user.id())));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/audit-requests/{id}/agreement")
	AuditViews.Detail agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AgreementRequest request) {
		if (request.durationDays() == null) {
			throw RejectedException.invalid("durationDays", "must be a number of days");
		}
		return AuditViews.detail(audits, audits.agree(id, request.start(), request.durationDays(),
				Boolean.TRUE.equals(request.auditorAccepted()), user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/audit-requests/{id}/refusal")
	AuditViews.Detail refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody RefusalRequest request) {
		return AuditViews.detail(audits,
				audits.refuse(id, request.reason(), Boolean.TRUE.equals(request.competitor()), user.id()));
	}

	/** Quotes assistance beyond the contract; the customer approves it in writing. */
	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/audit-requests/{id}/fee-quotes")
	ResponseEntity<AuditViews.Detail> proposeQuote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody QuoteRequest request) {
		audits.proposeQuote(id, request.assistance(), request.amount(), user.id());
		return ResponseEntity.status(HttpStatus.CREATED).body(AuditViews.detail(audits, audits.request(id)));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/audit-requests/{id}/start")
	AuditViews.Detail start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return AuditViews.detail(audits, audits.start(id, user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/audit-requests/{id}/completion")
	AuditViews.Detail complete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return AuditViews.detail(audits, audits.complete(id, user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping(path = "/api/v1/audit-requests/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AuditViews.Report> attachReport(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file) throws IOException {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AuditViews.Report.of(audits.attachReport(id, file.getOriginalFilename(), file.getContentType(),
					file.getBytes(), user.id())));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/audit-requests/{id}/reports")
	List<AuditViews.Report> reports(@PathVariable UUID id) {
		audits.request(id);
		return audits.reports(id).stream().map(AuditViews.Report::of).toList();
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/audit-requests/{id}/reports/{reportId}")
	ResponseEntity<byte[]> report(@PathVariable UUID id, @PathVariable UUID reportId) {
		return AuditViews.download(audits.report(id, reportId));
	}

}
