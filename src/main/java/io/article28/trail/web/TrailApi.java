package io.article28.trail.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.trail.TrailEntry;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;
import io.article28.trail.Verification;

/**
 * The trail over the API: a customer reads and exports its own entries; staff read all of
 * them and verify the chain.
 */
@RestController
class TrailApi {

	private final TrailManagement trail;

	private final OrganizationAccess access;

	TrailApi(TrailManagement trail, OrganizationAccess access) {
		this.trail = trail;
		this.access = access;
	}

	@GetMapping("/api/v1/organizations/{orgId}/trail")
	Page<TrailEntry> organizationTrail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return trail.entries(new TrailFilter(organization, action, from, to), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/organizations/{orgId}/trail/export")
	void exportOrganizationTrail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		TrailFilter filter = new TrailFilter(organization, action, from, to);
		trail.record(TrailRecord.of("trail.exported", organization, "trail", orgId));
		TrailCsv.write(trail, filter, "trail-" + orgId + ".csv", response);
	}

	@StaffOnly
	@GetMapping("/api/v1/trail")
	Page<TrailEntry> all(@RequestParam(required = false) UUID organization,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return trail.entries(
				new TrailFilter(organization == null ? null : new OrganizationId(organization), action, from, to),
				PageRequest.of(page, size));
	}

	@StaffOnly
	@GetMapping("/api/v1/trail/export")
	void exportAll(@RequestParam(required = false) UUID organization, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		OrganizationId scope = organization == null ? null : new OrganizationId(organization);
		trail.record(TrailRecord.of("trail.exported", scope, "trail", organization));
		TrailCsv.write(trail, new TrailFilter(scope, action, from, to), "trail.csv", response);
	}

	@StaffOnly({ StaffRole.ADMIN, StaffRole.DPO, StaffRole.SECURITY })
	@GetMapping("/api/v1/trail/verification")
	Verification verification() {
		return trail.verify();
	}

}
