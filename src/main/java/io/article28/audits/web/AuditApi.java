package io.article28.audits.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditPlan;
import io.article28.audits.Auditor;
import io.article28.core.RejectedException;

/**
 * A customer's audit requests: the rules a plan must meet, submitting one (OWNER or ADMIN
 * of the organization itself), reading them (any member) and answering the provider's
 * concerns.
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

	@PostMapping("/api/v1/organizations/{orgId}/audit-requests")
	ResponseEntity<AuditViews.Detail> submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestBody SubmissionRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireOwnManager(user, organization);
		var submitted = audits.submit(organization, request.plan(), user.id());
		return ResponseEntity
			.created(URI.create("/api/v1/organizations/" + orgId + "/audit-requests/" + submitted.id()))
			.body(AuditViews.Detail.of(submitted));
	}

	@GetMapping("/api/v1/organizations/{orgId}/audit-requests")
	List<AuditViews.Detail> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return audits.requests(organization).stream().map(AuditViews.Detail::of).toList();
	}

	@GetMapping("/api/v1/organizations/{orgId}/audit-requests/{id}")
	AuditViews.Detail request(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return AuditViews.Detail.of(audits.request(organization, id));
	}

	@PostMapping("/api/v1/organizations/{orgId}/audit-requests/{id}/answers")
	ResponseEntity<AuditViews.Detail> answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody AnswerRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireOwnManager(user, organization);
		return ResponseEntity.status(201)
			.body(AuditViews.Detail.of(audits.answer(organization, id, request.text(), user.id())));
	}

}
