package io.article28.incidents.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.PdfTemplates;
import io.article28.core.RejectedException;
import io.article28.incidents.AuthorityDraft;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.BreachNotification;
import io.article28.incidents.SupervisoryAuthority;

/**
 * Breaches told to customers: staff ask to tell them and add follow-up phases; each
 * customer reads its breaches with its clock, records when it became aware, and keeps and
 * exports its draft notification to its supervisory authority.
 */
@RestController
class BreachApi {

	record FollowUpRequest(String text) {
	}

	record AwarenessRequest(Instant awareAt) {
	}

	record SubmissionRequest(Instant submittedAt, String reference) {
	}

	record NoNotificationRequest(String reason) {
	}

	private final BreachManagement breaches;

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	private final PdfTemplates pdf;

	private final Clock clock;

	BreachApi(BreachManagement breaches, AccountManagement accounts, OrganizationAccess access, PdfTemplates pdf,
			Clock clock) {
		this.breaches = breaches;
		this.accounts = accounts;
		this.access = access;
		this.pdf = pdf;
		this.clock = clock;
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/api/v1/incidents/{id}/notifications")
	ResponseEntity<BreachViews.Notification> notifyAffected(@AuthenticationPrincipal CurrentUser user,
			@PathVariable UUID id) {
		return accepted(id, breaches.notifyAffected(id, user.id()));
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/api/v1/incidents/{id}/follow-ups")
	ResponseEntity<BreachViews.Notification> addFollowUp(@AuthenticationPrincipal CurrentUser user,
			@PathVariable UUID id, @RequestBody FollowUpRequest request) {
		return accepted(id, breaches.addFollowUp(id, request.text(), user.id()));
	}

	private ResponseEntity<BreachViews.Notification> accepted(UUID incident, BreachNotification queued) {
		var progress = breaches.notifications(incident)
			.stream()
			.filter(p -> p.notification().id().equals(queued.id()))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/incidents/" + incident + "/notifications"))
			.body(BreachViews.Notification.of(progress));
	}

	@StaffOnly({ StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/api/v1/incidents/{id}/notifications")
	List<BreachViews.Notification> notifications(@PathVariable UUID id) {
		return breaches.notifications(id).stream().map(BreachViews.Notification::of).toList();
	}

	@GetMapping("/api/v1/supervisory-authorities")
	List<BreachViews.Authority> authorities() {
		return SupervisoryAuthority.all().stream().map(BreachViews.Authority::of).toList();
	}

	@GetMapping("/api/v1/organizations/{orgId}/breaches")
	Page<BreachViews.Summary> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		Instant now = clock.instant();
		return breaches.breaches(organization, PageRequest.of(page, size))
			.map(breach -> BreachViews.Summary.of(breach, now));
	}

	@GetMapping("/api/v1/organizations/{orgId}/breaches/{id}")
	BreachViews.Detail breach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return BreachViews.Detail.of(breaches.breach(organization, id), clock.instant());
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PutMapping("/api/v1/organizations/{orgId}/breaches/{id}/awareness")
	BreachViews.Detail recordAwareness(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody AwarenessRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return BreachViews.Detail.of(breaches.recordAwareness(organization, id, request.awareAt(), user.id()),
				clock.instant());
	}

	/**
	 * The draft notification to the supervisory authority: JSON, or a PDF with
	 * {@code format=pdf}; with a format named it comes as a file to keep.
	 */
	@GetMapping("/api/v1/organizations/{orgId}/breaches/{id}/authority-notification")
	ResponseEntity<?> authorityNotification(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestParam(required = false) String format) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		var notification = BreachViews.AuthorityNotification.of(accounts.organization(organization).name(),
				breaches.breach(organization, id), clock.instant());
		if (format == null) {
			return ResponseEntity.ok(notification);
		}
		String file = "breach-" + id + "-authority-notification-v" + notification.draft().version();
		return switch (format) {
			case "json" -> ResponseEntity.ok().headers(attachment(file + ".json")).body(notification);
			case "pdf" -> ResponseEntity.ok()
				.headers(attachment(file + ".pdf"))
				.contentType(MediaType.APPLICATION_PDF)
				.body(pdf.render("incidents/authority-notification-pdf", Map.of("n", notification)));
			default -> throw RejectedException.invalid("format", "must be json or pdf");
		};
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PutMapping("/api/v1/organizations/{orgId}/breaches/{id}/authority-notification")
	BreachViews.Draft saveDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody AuthorityDraft.Input input) {
		OrganizationId organization = new OrganizationId(orgId);
		AuthorityDraft saved = breaches.saveDraft(organization, id, input, user.id());
		return BreachViews.Draft.of(saved, late(organization, id));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/breaches/{id}/authority-notification/submission")
	BreachViews.Detail recordSubmission(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody SubmissionRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return BreachViews.Detail.of(
				breaches.recordSubmission(organization, id, request.submittedAt(), request.reference(), user.id()),
				clock.instant());
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/breaches/{id}/authority-notification/not-required")
	BreachViews.Detail recordNoNotification(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody NoNotificationRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return BreachViews.Detail.of(breaches.recordNoNotification(organization, id, request.reason(), user.id()),
				clock.instant());
	}

	@GetMapping("/api/v1/organizations/{orgId}/breaches/{id}/authority-notification/versions")
	List<BreachViews.Draft> draftVersions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		boolean late = late(organization, id);
		return breaches.draftVersions(organization, id).stream().map(d -> BreachViews.Draft.of(d, late)).toList();
	}

	private boolean late(OrganizationId organization, UUID id) {
		return BreachViews.Clock.of(breaches.breach(organization, id).notice(), clock.instant()).late();
	}

	private static HttpHeaders attachment(String file) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.attachment().filename(file).build());
		return headers;
	}

}
