package io.article28.accounts.web;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;

/**
 * Restriction of processing (GDPR Art. 18): an owner restricts the account, so that the
 * provider only stores its data, and lifts the restriction.
 */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/restriction")
class RestrictionApi {

	record RestrictionView(boolean restricted, Instant since) {

		static RestrictionView of(Organization organization) {
			return new RestrictionView(organization.restrictedSince().isPresent(),
					organization.restrictedSince().orElse(null));
		}
	}

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	RestrictionApi(AccountManagement accounts, OrganizationAccess access) {
		this.accounts = accounts;
		this.access = access;
	}

	@GetMapping
	RestrictionView status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return RestrictionView.of(accounts.organization(organization));
	}

	@Requires(OrganizationRight.OWN)
	@PostMapping
	RestrictionView restrict(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		return RestrictionView.of(accounts.restrictProcessing(organization, user.id()));
	}

	@Requires(OrganizationRight.OWN)
	@DeleteMapping
	RestrictionView lift(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		return RestrictionView.of(accounts.liftRestriction(organization, user.id()));
	}

}
