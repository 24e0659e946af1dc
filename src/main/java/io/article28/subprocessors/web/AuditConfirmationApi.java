package io.article28.subprocessors.web;

import java.net.URI;
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
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.subprocessors.AuditConfirmation;
import io.article28.subprocessors.AuditConfirmationManagement;
import io.article28.subprocessors.SubprocessorManagement;

/**
 * Confirmations of the last audit of a sub-processor: a customer's OWNER or ADMIN asks,
 * its members read the answers; the provider's DPOs and administrators answer from their
 * queue.
 */
@RestController
class AuditConfirmationApi {

	record ConfirmationRequest(UUID subprocessorId, String question) {
	}

	record AnswerRequest(String statement) {
	}

	private final AuditConfirmationManagement confirmations;

	private final SubprocessorManagement register;

	private final OrganizationAccess access;

	AuditConfirmationApi(AuditConfirmationManagement confirmations, SubprocessorManagement register,
			OrganizationAccess access) {
		this.confirmations = confirmations;
		this.register = register;
		this.access = access;
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/api/v1/organizations/{orgId}/subprocessor-audit-confirmations")
	ResponseEntity<AuditViews.Confirmation> ask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestBody ConfirmationRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		var asked = confirmations.ask(organization, request.subprocessorId(), request.question(), user.id());
		return ResponseEntity
			.created(URI.create("/api/v1/organizations/" + orgId + "/subprocessor-audit-confirmations/" + asked.id()))
			.body(new AuditViews.Names(register).view(asked));
	}

	@GetMapping("/api/v1/organizations/{orgId}/subprocessor-audit-confirmations")
	Page<AuditViews.Confirmation> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return confirmations.confirmations(organization, PageRequest.of(page, size))
			.map(new AuditViews.Names(register)::view);
	}

	@GetMapping("/api/v1/organizations/{orgId}/subprocessor-audit-confirmations/{id}")
	AuditViews.Confirmation confirmation(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return new AuditViews.Names(register).view(confirmations.confirmation(organization, id));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/subprocessor-audit-confirmations")
	Page<AuditViews.Confirmation> queue(@RequestParam(required = false) AuditConfirmation.Status status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return confirmations.queue(status, PageRequest.of(page, size)).map(new AuditViews.Names(register)::view);
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/subprocessor-audit-confirmations/{id}/answer")
	AuditViews.Confirmation answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AnswerRequest request) {
		return new AuditViews.Names(register).view(confirmations.answer(id, request.statement(), user.id()));
	}

}
