package io.article28.register.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.NotFoundException;
import io.article28.register.ActivityDescription;
import io.article28.register.ProcessingActivity;
import io.article28.register.RegisterManagement;
import io.article28.register.SecurityMeasures;

/**
 * The register of processing for the provider's DPOs and administrators: the processing
 * activities and security measures they keep, and the generated register as JSON, CSV or
 * PDF, each export left in the trail.
 */
@RestController
class RegisterApi {

	record MeasuresRequest(String description) {
	}

	private final RegisterManagement register;

	private final RegisterDownloads downloads;

	RegisterApi(RegisterManagement register, OrganizationAccess access, RegisterDownloads downloads) {
		this.register = register;
		this.downloads = downloads;
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/processing-activities")
	List<ProcessingActivity> activities() {
		return register.activities();
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/api/v1/processing-activities")
	ResponseEntity<ProcessingActivity> add(@RequestBody ActivityDescription description) {
		ProcessingActivity activity = register.addActivity(description);
		return ResponseEntity.created(java.net.URI.create("/api/v1/processing-activities/" + activity.id()))
			.body(activity);
	}

	@StaffOnly(StaffRole.DPO)
	@PutMapping("/api/v1/processing-activities/{id}")
	ProcessingActivity change(@PathVariable UUID id, @RequestBody ActivityDescription description) {
		return register.changeActivity(id, description);
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/security-measures")
	SecurityMeasures securityMeasures() {
		return register.securityMeasures().orElseThrow(() -> new NotFoundException("Security measures"));
	}

	@StaffOnly(StaffRole.DPO)
	@PutMapping("/api/v1/security-measures")
	SecurityMeasures describe(@RequestBody MeasuresRequest request) {
		return register.describeSecurityMeasures(request.description());
	}

	/**
	 * The register, for every customer or for one ({@code organization}), as JSON
	 * (default), CSV or PDF, written as it is read.
	 */
	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/register")
	void export(@RequestParam(defaultValue = "json") String format, @RequestParam(required = false) UUID organization,
			HttpServletResponse response) {
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
