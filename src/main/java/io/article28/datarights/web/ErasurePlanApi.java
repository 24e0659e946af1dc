package io.article28.datarights.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.datarights.ErasureCertificates;
import io.article28.datarights.ErasurePlan;
import io.article28.datarights.PersonErasures;
import io.article28.datarights.PersonRectifications;
import io.article28.datarights.Rectification;
import io.article28.requests.RequestAttachment;

/**
 * The erasure plans of an erasure request, and the restriction plans of a request to
 * restrict processing: computed and confirmed by the organization's owners and admins,
 * read by its members. A confirmation names the app and the plan's digest; when the rows
 * changed since the plan was read, the answer is 409 with the new plan to read.
 */
@RestController
class ErasurePlanApi {

	static final URI PLAN_CHANGED = URI.create("urn:article28:problem:erasure-plan-changed");

	/** The confirmation: the app's name as typed, and the digest of the plan read. */
	record Execution(String confirm, String digest) {
	}

	private final PersonErasures erasures;

	private final ErasureCertificates certificates;

	private final PersonRectifications rectifications;

	private final OrganizationAccess access;

	ErasurePlanApi(PersonErasures erasures, ErasureCertificates certificates, PersonRectifications rectifications,
			OrganizationAccess access) {
		this.erasures = erasures;
		this.certificates = certificates;
		this.rectifications = rectifications;
		this.access = access;
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/requests/{id}/erasure-plans")
	ResponseEntity<ErasurePlan> plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		return plan(user, orgId, id, ErasurePlan.Kind.ERASURE);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/erasure-plans")
	List<ErasurePlan> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id) {
		return list(user, orgId, id, ErasurePlan.Kind.ERASURE);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/erasure-plans/{planId}")
	ErasurePlan get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id,
			@PathVariable UUID planId) {
		return get(user, orgId, id, planId, ErasurePlan.Kind.ERASURE);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/requests/{id}/erasure-plans/{planId}/execution")
	ResponseEntity<?> execute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID planId, @RequestBody Execution execution) {
		return execute(user, orgId, id, planId, execution, ErasurePlan.Kind.ERASURE);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/requests/{id}/restriction-plans")
	ResponseEntity<ErasurePlan> planRestriction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		return plan(user, orgId, id, ErasurePlan.Kind.RESTRICTION);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/restriction-plans")
	List<ErasurePlan> restrictions(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		return list(user, orgId, id, ErasurePlan.Kind.RESTRICTION);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/restriction-plans/{planId}")
	ErasurePlan restriction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id,
			@PathVariable UUID planId) {
		return get(user, orgId, id, planId, ErasurePlan.Kind.RESTRICTION);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/requests/{id}/restriction-plans/{planId}/execution")
	ResponseEntity<?> executeRestriction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID planId, @RequestBody Execution execution) {
		return execute(user, orgId, id, planId, execution, ErasurePlan.Kind.RESTRICTION);
	}

	/** The new values of a rectification. */
	record Changes(List<Rectification> changes) {
	}

	/**
	 * The confirmation of a rectification: the app's name, the digest, the same values.
	 */
	record RectificationExecution(String confirm, String digest, List<Rectification> changes) {
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/requests/{id}/rectification-plans")
	ResponseEntity<ErasurePlan> planRectification(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody Changes changes) {
		ErasurePlan plan = rectifications.plan(new OrganizationId(orgId), id, changes.changes(), user.id());
		return ResponseEntity.created(location(orgId, id, plan)).body(plan);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/rectification-plans")
	List<ErasurePlan> rectifications(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		return list(user, orgId, id, ErasurePlan.Kind.RECTIFICATION);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/rectification-plans/{planId}")
	ErasurePlan rectification(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID planId) {
		return get(user, orgId, id, planId, ErasurePlan.Kind.RECTIFICATION);
	}

	/** Runs at once: 200 with what came of it, or 409 with the plan that replaces it. */
	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/requests/{id}/rectification-plans/{planId}/execution")
	ResponseEntity<?> executeRectification(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID planId, @RequestBody RectificationExecution execution) {
		PersonErasures.Confirmation confirmation = rectifications.rectify(new OrganizationId(orgId), id, planId,
				execution.confirm(), execution.digest(), execution.changes(), user.id());
		return confirmation.confirmed() ? ResponseEntity.ok(confirmation.plan()) : changed(orgId, id, confirmation);
	}

	private ResponseEntity<ErasurePlan> plan(CurrentUser user, UUID orgId, UUID id, ErasurePlan.Kind kind) {
		ErasurePlan plan = erasures.plan(new OrganizationId(orgId), id, kind, user.id());
		return ResponseEntity.created(location(orgId, id, plan)).body(plan);
	}

	private List<ErasurePlan> list(CurrentUser user, UUID orgId, UUID id, ErasurePlan.Kind kind) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return erasures.ofRequest(organization, id, kind);
	}

	private ErasurePlan get(CurrentUser user, UUID orgId, UUID id, UUID planId, ErasurePlan.Kind kind) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return erasures.get(organization, id, planId, kind);
	}

	private ResponseEntity<?> execute(CurrentUser user, UUID orgId, UUID id, UUID planId, Execution execution,
			ErasurePlan.Kind kind) {
		OrganizationId organization = new OrganizationId(orgId);
		erasures.get(organization, id, planId, kind);
		PersonErasures.Confirmation confirmation = erasures.confirm(organization, id, planId, execution.confirm(),
				execution.digest(), user.id());
		if (confirmation.confirmed()) {
			return ResponseEntity.accepted()
				.location(location(orgId, id, confirmation.plan()))
				.body(confirmation.plan());
		}
		return changed(orgId, id, confirmation);
	}

	private static ResponseEntity<ProblemDetail> changed(UUID orgId, UUID id,
			PersonErasures.Confirmation confirmation) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"the rows changed since the plan was read: a new plan replaces it; read it and confirm it");
		problem.setType(PLAN_CHANGED);
		problem.setTitle("Plan changed");
		problem.setProperty("plan", confirmation.plan());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.location(location(orgId, id, confirmation.plan()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/requests/{id}/erasure-plans/{planId}/certificate")
	ResponseEntity<RequestAttachment> certify(@PathVariable UUID orgId, @PathVariable UUID id,
			@PathVariable UUID planId) {
		RequestAttachment attachment = certificates.attach(new OrganizationId(orgId), id, planId);
		return ResponseEntity
			.created(URI
				.create("/api/v1/organizations/" + orgId + "/requests/" + id + "/attachments/" + attachment.id()))
			.body(attachment);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/erasure-plans/{planId}/certificate")
	ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID planId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"erasure-certificate.pdf\"")
			.body(certificates.render(organization, id, planId));
	}

	private static URI location(UUID orgId, UUID requestId, ErasurePlan plan) {
		return URI.create("/api/v1/organizations/" + orgId + "/requests/" + requestId + switch (plan.kind()) {
			case ERASURE -> "/erasure-plans/";
			case RESTRICTION -> "/restriction-plans/";
			case RECTIFICATION -> "/rectification-plans/";
		} + plan.id());
	}

}
