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
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.BreachScope;
import io.article28.incidents.IncidentManagement;
import io.article28.incidents.IncidentSeverity;
import io.article28.incidents.IncidentStatus;
import io.article28.datastores.DataStoreId;
import io.article28.platform.AppId;

/**
 * The provider's incidents and breach register, for its staff: security staff write, the
 * DPOs and administrators read.
 */
@RestController
class IncidentApi {

	record DeclarationRequest(String title, String description, IncidentSeverity severity, Instant detectedAt,
			Instant awareAt) {
	}

	record UpdateRequest(String text, Instant at) {
	}

	record AssessmentRequest(Boolean breach, String reason, List<String> regions, List<UUID> apps,
			List<String> dataStores, List<UUID> dataStoreIds, Instant windowFrom, Instant windowTo,
			List<String> dataCategories, Long approximatePeople, Long approximateRecords, String consequences,
			String measures) {

		BreachScope scope() {
			return new BreachScope(regions, apps == null ? null : apps.stream().map(AppId::new).toList(), dataStores,
					dataStoreIds == null ? null : dataStoreIds.stream().map(DataStoreId::new).toList(), windowFrom,
					windowTo, dataCategories, approximatePeople, approximateRecords, consequences, measures);
		}

	}

	record ClosingRequest(String rootCause, String remediation) {
	}

	private final IncidentManagement incidents;

	private final BreachManagement breaches;

	IncidentApi(IncidentManagement incidents, BreachManagement breaches) {
		this.incidents = incidents;
		this.breaches = breaches;
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/api/v1/incidents")
	ResponseEntity<IncidentViews.Detail> declare(@AuthenticationPrincipal CurrentUser user,
			@RequestBody DeclarationRequest request) {
		var incident = incidents.declare(request.title(), request.description(), request.severity(),
				request.detectedAt(), request.awareAt(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id()))
			.body(IncidentViews.Detail.of(incident));
	}

	@StaffOnly({ StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/incidents")
	Page<IncidentViews.Summary> list(@RequestParam(required = false) IncidentStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return incidents.incidents(status, PageRequest.of(page, size)).map(IncidentViews.Summary::of);
	}

	@StaffOnly({ StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/incidents/{id}")
	IncidentViews.Detail incident(@PathVariable UUID id) {
		return IncidentViews.Detail.of(incidents.incident(id));
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/api/v1/incidents/{id}/updates")
	ResponseEntity<IncidentViews.Detail> addUpdate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody UpdateRequest request) {
		return ResponseEntity.status(201)
			.body(IncidentViews.Detail.of(incidents.addUpdate(id, request.text(), request.at(), user.id())));
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/api/v1/incidents/{id}/breach")
	IncidentViews.Detail assess(@PathVariable UUID id, @RequestBody AssessmentRequest request) {
		if (request.breach() == null) {
			throw RejectedException.invalid("breach", "must say whether the incident is a personal data breach");
		}
		return IncidentViews.Detail.of(request.breach() ? incidents.assessAsBreach(id, request.scope())
				: incidents.assessAsNotABreach(id, request.reason()));
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/api/v1/incidents/{id}/closing")
	IncidentViews.Detail close(@PathVariable UUID id, @RequestBody ClosingRequest request) {
		return IncidentViews.Detail.of(incidents.close(id, request.rootCause(), request.remediation()));
	}

	@StaffOnly({ StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/incidents/{id}/affected-organizations")
	Page<IncidentViews.Affected> affectedOrganizations(@PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return incidents.affectedOrganizations(id, PageRequest.of(page, size)).map(IncidentViews.Affected::of);
	}

	@StaffOnly({ StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/breach-register")
	Page<IncidentViews.RegisterEntry> breachRegister(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return IncidentViews.RegisterEntry.of(incidents.breachRegister(PageRequest.of(page, size)), breaches);
	}

}
