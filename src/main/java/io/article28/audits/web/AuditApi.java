package io.article28.audits.web;

import java.io.IOException;
import java.net.URI;
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
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditPlan;
import io.article28.audits.Auditor;
import io.article28.core.RejectedException;

/**
 * A customer's audit requests: the rules a plan must meet, submitting one (OWNER or ADMIN
 * of the organization itself), reading them (any member), answering the provider's
 * concerns and fee quotes, and the reports.
 */
@RestController
class AuditApi {

	record AuditorRequest(Auditor.Kind kind, String name, Boolean confidentialityAgreementSigned) {

		Auditor auditor() {
			return new Auditor(kind, name, Boolean.TRUE.equals(confidentialityAgreementSigned));
		}

	}

	record SubmissionRequest(String scope, LocalDate proposedStart, Integer durationDays, AuditorRequest auditor,
			String legalObligation) {

		AuditPlan plan() {
			if (durationDays == null) {
				throw RejectedException.invalid("durationDays", "must be a number of days");
			}
			if (auditor == null) {
				throw RejectedException.invalid("auditor.kind", "must be SELF or THIRD_PARTY");
			}
			return new AuditPlan(scope, proposedStart, durationDays, auditor.auditor(), legalObligation);
		}

	}

	record AnswerRequest(String text) {
	}

	record ApprovalRequest(String approverName, Boolean approve) {
	}

	record QuoteRefusalRequest(String reason) {
	}

	private final AuditManagement audits;

	private final OrganizationAccess access;

	AuditApi(AuditManagement audits, OrganizationAccess access) {
		this.audits = audits;
		this.access = access;
	}

	@GetMapping("/api/v1/organizations/{orgId}/audit-requests/rules")
	AuditViews.Rules rules(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return AuditViews.Rules.of(audits.rules(organization));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/audit-requests")
	ResponseEntity<AuditViews.Detail> submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestBody SubmissionRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		var submitted = audits.submit(organization, request.plan(), user.id());
		return ResponseEntity
			.created(URI.create("/api/v1/organizations/" + orgId + "/audit-requests/" + submitted.id()))
			.body(AuditViews.detail(audits, submitted));
	}

	@GetMapping("/api/v1/organizations/{orgId}/audit-requests")
	List<AuditViews.Detail> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return AuditViews.details(audits, audits.requests(organization));
	}

	@GetMapping("/api/v1/organizations/{orgId}/audit-requests/{id}")
	AuditViews.Detail request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return AuditViews.detail(audits, audits.request(organization, id));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/audit-requests/{id}/answers")
	ResponseEntity<AuditViews.Detail> answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody AnswerRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return ResponseEntity.status(201)
			.body(AuditViews.detail(audits, audits.answer(organization, id, request.text(), user.id())));
	}

	/** The customer approves a fee quote in writing, typing its name. */
	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/audit-requests/{id}/fee-quotes/{quoteId}/approval")
	AuditViews.Detail approveQuote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID quoteId, @RequestBody ApprovalRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		audits.approveQuote(organization, id, quoteId, request.approverName(), Boolean.TRUE.equals(request.approve()),
				user.id());
		return AuditViews.detail(audits, audits.request(organization, id));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/audit-requests/{id}/fee-quotes/{quoteId}/refusal")
	AuditViews.Detail refuseQuote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID quoteId, @RequestBody QuoteRefusalRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		audits.declineQuote(organization, id, quoteId, request.reason(), user.id());
		return AuditViews.detail(audits, audits.request(organization, id));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping(path = "/api/v1/organizations/{orgId}/audit-requests/{id}/reports",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AuditViews.Report> attachReport(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
		OrganizationId organization = new OrganizationId(orgId);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AuditViews.Report.of(audits.attachReport(organization, id, file.getOriginalFilename(),
					file.getContentType(), file.getBytes(), user.id())));
	}

	@GetMapping("/api/v1/organizations/{orgId}/audit-requests/{id}/reports")
	List<AuditViews.Report> reports(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		audits.request(organization, id);
		return audits.reports(id).stream().map(AuditViews.Report::of).toList();
	}

	@GetMapping("/api/v1/organizations/{orgId}/audit-requests/{id}/reports/{reportId}")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID reportId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return AuditViews.download(audits.report(organization, id, reportId));
	}

}
