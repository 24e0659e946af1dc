package io.article28.subprocessors.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.subprocessors.SubprocessorManagement;

/**
 * The audits of a sub-processor: public to read like the register, recorded and removed
 * by the provider's DPOs and administrators.
 */
@RestController
@RequestMapping("/api/v1/subprocessors/{id}/audits")
class SubprocessorAuditApi {

	record AuditRequest(LocalDate date, String auditor, String outcome) {
	}

	private final SubprocessorManagement subprocessors;

	SubprocessorAuditApi(SubprocessorManagement subprocessors) {
		this.subprocessors = subprocessors;
	}

	@GetMapping
	List<AuditViews.Audit> audits(@PathVariable UUID id) {
		return subprocessors.audits(id).stream().map(AuditViews.Audit::of).toList();
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping
	ResponseEntity<AuditViews.Audit> record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AuditRequest request) {
		var audit = subprocessors.recordAudit(id, request.date(), request.auditor(), request.outcome(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/subprocessors/" + id + "/audits/" + audit.id()))
			.body(AuditViews.Audit.of(audit));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@DeleteMapping("/{auditId}")
	ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable long auditId) {
		subprocessors.removeAudit(id, auditId);
		return ResponseEntity.noContent().build();
	}

}
