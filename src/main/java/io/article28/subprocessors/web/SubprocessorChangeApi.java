package io.article28.subprocessors.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationContacts;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.agreements.ObjectionGround;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.subprocessors.ChangeNotice;
import io.article28.subprocessors.ChangeType;
import io.article28.subprocessors.NewSubprocessorChange;
import io.article28.subprocessors.NoticeStatus;
import io.article28.subprocessors.SubprocessorChange;
import io.article28.subprocessors.SubprocessorChangeManagement;

/**
 * Changes of sub-processors: staff announce them and decide on objections; each customer
 * reads the changes it was told of and objects or consents, as its DPA says.
 */
@RestController
class SubprocessorChangeApi {

	record AnnouncementRequest(@NotNull ChangeType type, @Valid SubprocessorApi.NewSubprocessorRequest subprocessor,
			UUID subprocessorId, String summary, LocalDate effectiveOn) {
	}

	record ObjectionRequest(ObjectionGround ground, String justification) {
	}

	enum ConsentDecision {

		CONSENT, REFUSE

	}

	record ConsentRequest(@NotNull ConsentDecision decision) {
	}

	enum Verdict {

		UPHOLD, DISMISS

	}

	record DecisionRequest(@NotNull Verdict decision, String reason) {
	}

	private final SubprocessorChangeManagement changes;

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	SubprocessorChangeApi(SubprocessorChangeManagement changes, AccountManagement accounts, OrganizationAccess access) {
		this.changes = changes;
		this.accounts = accounts;
		this.access = access;
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/subprocessor-changes")
	ResponseEntity<ChangeViews.Change> announce(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AnnouncementRequest request) {
		SubprocessorChange change = changes.announce(new NewSubprocessorChange(request.type(),
				request.subprocessor() == null ? null : request.subprocessor().toNewSubprocessor(),
				request.subprocessorId(), request.summary(), request.effectiveOn()), user.id());
		return ResponseEntity.created(URI.create("/api/v1/subprocessor-changes/" + change.id()))
			.body(ChangeViews.Change.of(changes.change(change.id())));
	}

	@StaffOnly
	@GetMapping("/api/v1/subprocessor-changes")
	Page<ChangeViews.Change> changes(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return changes.changes(PageRequest.of(page, size)).map(ChangeViews.Change::of);
	}

	@StaffOnly
	@GetMapping("/api/v1/subprocessor-changes/{changeId}")
	ChangeViews.ForStaff change(@PathVariable UUID changeId, @RequestParam(required = false) NoticeStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Page<ChangeNotice> answers = changes.answers(changeId, status, PageRequest.of(page, size));
		Map<OrganizationId, String> names = accounts
			.contacts(answers.items().stream().map(ChangeNotice::organizationId).toList())
			.stream()
			.collect(Collectors.toMap(OrganizationContacts::id, OrganizationContacts::name));
		return new ChangeViews.ForStaff(ChangeViews.Change.of(changes.change(changeId)), changes.counts(changeId),
				answers.map(notice -> ChangeViews.Answer.of(notice, changes.status(notice),
						names.get(notice.organizationId()))));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/subprocessor-changes/{changeId}/organizations/{orgId}/decision")
	ChangeViews.Answer decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID changeId,
			@PathVariable UUID orgId, @Valid @RequestBody DecisionRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		changes.decide(changeId, organization, request.decision() == Verdict.UPHOLD, request.reason(), user.id());
		var view = changes.changeOf(organization, changeId);
		return ChangeViews.Answer.of(view.notice(), view.status(), accounts.organization(organization).name());
	}

	@GetMapping("/api/v1/organizations/{orgId}/subprocessor-changes")
	Page<ChangeViews.ForOrganization> changesOf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return changes.changesOf(organization, PageRequest.of(page, size)).map(ChangeViews.ForOrganization::of);
	}

	@GetMapping("/api/v1/organizations/{orgId}/subprocessor-changes/{changeId}")
	ChangeViews.ForOrganization changeOf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID changeId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return ChangeViews.ForOrganization.of(changes.changeOf(organization, changeId));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/subprocessor-changes/{changeId}/objections")
	@ResponseStatus(HttpStatus.CREATED)
	ChangeViews.ForOrganization object(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID changeId, @RequestBody ObjectionRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return ChangeViews.ForOrganization
			.of(changes.object(organization, changeId, request.ground(), request.justification(), user.id()));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/subprocessor-changes/{changeId}/consent")
	ChangeViews.ForOrganization consent(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID changeId, @Valid @RequestBody ConsentRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		return ChangeViews.ForOrganization.of(changes.answerConsent(organization, changeId,
				request.decision() == ConsentDecision.CONSENT, user.id()));
	}

}
