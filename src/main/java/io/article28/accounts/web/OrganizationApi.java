package io.article28.accounts.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.NewMember;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.OrganizationRole;
import io.article28.accounts.Requires;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.accounts.User;
import io.article28.core.Page;
import io.article28.core.PageRequest;

/**
 * Customer organizations, their DPO contact and members, for the host platform and the
 * customers.
 */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApi {

	record NewOrganizationRequest(@NotBlank @Size(max = 200) String name, @NotBlank String billingEmail) {
	}

	record DpoContactRequest(@NotBlank @Size(max = 200) String name, @NotBlank String email) {
	}

	record NewMemberRequest(@NotBlank String email, @NotBlank @Size(max = 200) String name,
			@NotNull OrganizationRole role, Boolean canExport, @NotBlank String password) {
	}

	record DpoContactView(String name, String email) {
	}

	record OrganizationView(UUID id, String name, String billingEmail, DpoContactView dpo, Instant createdAt) {

		static OrganizationView of(Organization organization) {
			return new OrganizationView(organization.id().value(), organization.name(),
					organization.billingEmail().value(),
					organization.dpoContact()
						.map(contact -> new DpoContactView(contact.name(), contact.email().value()))
						.orElse(null),
					organization.createdAt());
		}
	}

	record MemberView(UUID id, String email, String name, OrganizationRole role, boolean canExport, Instant createdAt) {

		static MemberView of(User user) {
			var membership = user.membership().orElseThrow();
			return new MemberView(user.id().value(), user.email().value(), user.name(), membership.role(),
					membership.canExport(), user.createdAt());
		}
	}

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	OrganizationApi(AccountManagement accounts, OrganizationAccess access) {
		this.accounts = accounts;
		this.access = access;
	}

	@StaffOnly(StaffRole.ADMIN)
	@PostMapping
	ResponseEntity<OrganizationView> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewOrganizationRequest request) {
		Organization organization = accounts.createOrganization(request.name(), request.billingEmail(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + organization.id()))
			.body(OrganizationView.of(organization));
	}

	@StaffOnly
	@GetMapping
	Page<OrganizationView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return accounts.organizations(PageRequest.of(page, size)).map(OrganizationView::of);
	}

	@GetMapping("/{orgId}")
	OrganizationView show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId id = new OrganizationId(orgId);
		access.requireReader(user, id);
		return OrganizationView.of(accounts.organization(id));
	}

	@Requires(OrganizationRight.MANAGE)
	@PutMapping("/{orgId}/dpo")
	OrganizationView changeDpo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@Valid @RequestBody DpoContactRequest request) {
		OrganizationId id = new OrganizationId(orgId);
		return OrganizationView.of(accounts.changeDpoContact(id, request.name(), request.email(), user.id()));
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/{orgId}/members")
	ResponseEntity<MemberView> addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@Valid @RequestBody NewMemberRequest request) {
		OrganizationId id = new OrganizationId(orgId);
		access.requireMayGrant(user, request.role());
		User member = accounts.addMember(id, new NewMember(request.email(), request.name(), request.role(),
				Boolean.TRUE.equals(request.canExport()), request.password()), user.id());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + orgId + "/members/" + member.id()))
			.body(MemberView.of(member));
	}

	@GetMapping("/{orgId}/members")
	Page<MemberView> members(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId id = new OrganizationId(orgId);
		access.requireReader(user, id);
		return accounts.members(id, PageRequest.of(page, size)).map(MemberView::of);
	}

}
