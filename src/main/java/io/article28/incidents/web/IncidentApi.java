package io.article28.incidents.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
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
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.BreachScope;
import io.article28.incidents.IncidentManagement;
import io.article28.incidents.IncidentSeverity;
import io.article28.incidents.IncidentStatus;
import io.article28.platform.AppId;
import io.article28.core.StaffOnly;

/**
 * The provider's incidents and breach register, for its staff: security staff write, the
 * DPOs and administrators read.
 */
@RestController
class IncidentApi {

	static final StaffRole[] READERS = { StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN };

	record DeclarationRequest(String title, String description, IncidentSeverity severity, Instant detectedAt,
			Instant awareAt) {
	}

	record UpdateRequest(String text, Instant at) {
	}

	record AssessmentRequest(Boolean breach, String reason, List<String> regions, List<UUID> apps,
			List<String> dataStores, Instant windowFrom, Instant windowTo, List<String> dataCategories,
			Long approximatePeople, Long approximateRecords, String consequences, String measures) {

		BreachScope scope() {
			return new BreachScope(regions, apps == null ? null : apps.stream().map(AppId::new).toList(), dataStores,
					windowFrom, windowTo, dataCategories, approximatePeople, approximateRecords, consequences,
					measures);
		}

	}

	record ClosingRequest(String rootCause, String remediation) {
	}

	private final IncidentManagement incidents;

	private final BreachManagement breaches;

	private final OrganizationAccess access;

	IncidentApi(IncidentManagement incidents, BreachManagement breaches, OrganizationAccess access) {
		this.incidents = incidents;
		this.breaches = breaches;
		this.access = access;
	}

	@StaffOnly
	@PostMapping("/api/v1/incidents")
	ResponseEntity<IncidentViews.Detail> declare(@AuthenticationPrincipal CurrentUser user,
			@RequestBody DeclarationRequest request) {
		access.requireStaff(user, StaffRole.SECURITY);
		var incident = incidents.declare(request.title(), request.description(), request.severity(),
				request.detectedAt(), request.awareAt(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id()))
			.body(IncidentViews.Detail.of(incident));
	}

	@StaffOnly
	@GetMapping("/api/v1/incidents")
	Page<IncidentViews.Summary> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		access.requireStaff(user, READERS);
		return incidents.incidents(status, PageRequest.of(page, size)).map(IncidentViews.Summary::of);
	}

	@StaffOnly
	@GetMapping("/api/v1/incidents/{id}")
	IncidentViews.Detail incident(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		access.requireStaff(user, READERS);
		return IncidentViews.Detail.of(incidents.incident(id));
	}

	@StaffOnly
	@PostMapping("/api/v1/incidents/{id}/updates")
	ResponseEntity<IncidentViews.Detail> addUpdate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody UpdateRequest request) {
		access.requireStaff(user, StaffRole.SECURITY);
		return ResponseEntity.status(201)
			.body(IncidentViews.Detail.of(incidents.addUpdate(id, request.text(), request.at(), user.id())));
	}

	@StaffOnly
	@PostMapping("/api/v1/incidents/{id}/breach")
	IncidentViews.Detail assess(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AssessmentRequest request) {
		access.requireStaff(user, StaffRole.SECURITY);
		if (request.breach() == null) {
			throw RejectedException.invalid("breach", "must say whether the incident is a personal data breach");
		}
		return IncidentViews.Detail.of(request.breach() ? incidents.assessAsBreach(id, request.scope())
				: incidents.assessAsNotABreach(id, request.reason()));
	}

	@StaffOnly
	@PostMapping("/api/v1/incidents/{id}/closing")
	IncidentViews.Detail close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ClosingRequest request) {
		access.requireStaff(user, StaffRole.SECURITY);
		return IncidentViews.Detail.of(incidents.close(id, request.rootCause(), request.remediation()));
	}

	@StaffOnly
	@GetMapping("/api/v1/incidents/{id}/affected-organizations")
	Page<IncidentViews.Affected> affectedOrganizations(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		access.requireStaff(user, READERS);
		return incidents.affectedOrganizations(id, PageRequest.of(page, size)).map(IncidentViews.Affected::of);
	}

	@StaffOnly
	@GetMapping("/api/v1/breach-register")
	Page<IncidentViews.RegisterEntry> breachRegister(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		access.requireStaff(user, READERS);
		return IncidentViews.RegisterEntry.of(incidents.breachRegister(PageRequest.of(page, size)), breaches);
	}

}
