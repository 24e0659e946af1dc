package io.article28.register.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffRole;
import io.article28.core.NotFoundException;
import io.article28.register.ActivityDescription;
import io.article28.register.ProcessingActivity;
import io.article28.register.RegisterManagement;
import io.article28.register.SecurityMeasures;
import io.article28.core.StaffOnly;

/**
 * The register of processing for the provider's DPOs and administrators: the processing
 * activities and security measures they keep, and the generated register as JSON, CSV or
 * PDF, each export left in the trail.
 */
@RestController
class RegisterApi {

	static final StaffRole[] KEEPERS = { StaffRole.DPO, StaffRole.ADMIN };

	record MeasuresRequest(String description) {
	}

	private final RegisterManagement register;

	private final OrganizationAccess access;

	private final RegisterDownloads downloads;

	RegisterApi(RegisterManagement register, OrganizationAccess access, RegisterDownloads downloads) {
		this.register = register;
		this.access = access;
		this.downloads = downloads;
	}

	@StaffOnly
	@GetMapping("/api/v1/processing-activities")
	List<ProcessingActivity> activities(@AuthenticationPrincipal CurrentUser user) {
		access.requireStaff(user, KEEPERS);
		return register.activities();
	}

	@StaffOnly
	@PostMapping("/api/v1/processing-activities")
	ResponseEntity<ProcessingActivity> add(@AuthenticationPrincipal CurrentUser user,
			@RequestBody ActivityDescription description) {
		access.requireStaff(user, StaffRole.DPO);
		ProcessingActivity activity = register.addActivity(description);
		return ResponseEntity.created(java.net.URI.create("/api/v1/processing-activities/" + activity.id()))
			.body(activity);
	}

	@StaffOnly
	@PutMapping("/api/v1/processing-activities/{id}")
	ProcessingActivity change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ActivityDescription description) {
		access.requireStaff(user, StaffRole.DPO);
		return register.changeActivity(id, description);
	}

	@StaffOnly
	@GetMapping("/api/v1/security-measures")
	SecurityMeasures securityMeasures(@AuthenticationPrincipal CurrentUser user) {
		access.requireStaff(user, KEEPERS);
		return register.securityMeasures().orElseThrow(() -> new NotFoundException("Security measures"));
	}

	@StaffOnly
	@PutMapping("/api/v1/security-measures")
	SecurityMeasures describe(@AuthenticationPrincipal CurrentUser user, @RequestBody MeasuresRequest request) {
		access.requireStaff(user, StaffRole.DPO);
		return register.describeSecurityMeasures(request.description());
	}

	/**
	 * The register, for every customer or for one ({@code organization}), as JSON
	 * (default), CSV or PDF, written as it is read.
	 */
	@StaffOnly
	@GetMapping("/api/v1/register")
	void export(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "json") String format,
			@RequestParam(required = false) UUID organization, HttpServletResponse response) {
		access.requireStaff(user, KEEPERS);
		RegisterDownloads.requireFormat(format);
		Optional<OrganizationId> only = Optional.ofNullable(organization).map(OrganizationId::new);
		if (only.isEmpty()) {
			downloads.requireWithinBounds(format, register.controllerCount());
		}
		register.stream(only, streamed -> {
			register.recordExport(format, only);
			downloads.write(streamed, format, only.map(id -> "-" + id).orElse(""), response);
		});
	}

}
