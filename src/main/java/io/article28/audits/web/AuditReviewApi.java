package io.article28.audits.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.StaffRole;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditStatus;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

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

	private final AuditManagement audits;

	private final OrganizationAccess access;

	AuditReviewApi(AuditManagement audits, OrganizationAccess access) {
		this.audits = audits;
		this.access = access;
	}

	@GetMapping("/api/v1/audit-requests")
	Page<AuditViews.Detail> queue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) AuditStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		access.requireStaff(user, REVIEWERS);
		return audits.queue(status, PageRequest.of(page, size)).map(AuditViews.Detail::of);
	}

	@GetMapping("/api/v1/audit-requests/{id}")
	AuditViews.Detail request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		access.requireStaff(user, REVIEWERS);
		return AuditViews.Detail.of(audits.request(id));
	}

	@PostMapping("/api/v1/audit-requests/{id}/concerns")
	ResponseEntity<AuditViews.Detail> raiseConcerns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ConcernsRequest request) {
		access.requireStaff(user, REVIEWERS);
		return ResponseEntity.status(201)
			.body(AuditViews.Detail.of(audits.raiseConcerns(id, request.text(), user.id())));
	}

	@PostMapping("/api/v1/audit-requests/{id}/agreement")
	AuditViews.Detail agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AgreementRequest request) {
		access.requireStaff(user, REVIEWERS);
		if (request.durationDays() == null) {
			throw RejectedException.invalid("durationDays", "must be a number of days");
		}
		return AuditViews.Detail.of(audits.agree(id, request.start(), request.durationDays(),
				Boolean.TRUE.equals(request.auditorAccepted()), user.id()));
	}

	@PostMapping("/api/v1/audit-requests/{id}/refusal")
	AuditViews.Detail refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody RefusalRequest request) {
		access.requireStaff(user, REVIEWERS);
		return AuditViews.Detail
			.of(audits.refuse(id, request.reason(), Boolean.TRUE.equals(request.competitor()), user.id()));
	}

}
