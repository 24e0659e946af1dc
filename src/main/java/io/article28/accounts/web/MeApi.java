package io.article28.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.ApiTokenSummary;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.IssuedApiToken;
import io.article28.accounts.OrganizationRole;
import io.article28.accounts.StaffRole;
import io.article28.accounts.User;

/** The caller's own profile and personal API tokens. */
@RestController
@RequestMapping("/api/v1/me")
class MeApi {

	record ProfilePatch(@Size(max = 200) String name, String email) {
	}

	record NewTokenRequest(@NotBlank @Size(max = 100) String name) {
	}

	record MeView(UUID id, String email, String name, List<StaffRole> staffRoles, UUID organizationId,
			OrganizationRole organizationRole, boolean canExport) {

		static MeView of(User user) {
			var membership = user.membership();
			return new MeView(user.id().value(), user.email().value(), user.name(), user.staffRoles(),
					membership.map(m -> m.organizationId().value()).orElse(null),
					membership.map(m -> m.role()).orElse(null), membership.map(m -> m.canExport()).orElse(false));
		}
	}

	private final AccountManagement accounts;

	MeApi(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	MeView me(@AuthenticationPrincipal CurrentUser user) {
		return MeView.of(accounts.user(user.id()));
	}

	@PatchMapping
	MeView rectify(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ProfilePatch patch) {
		return MeView.of(accounts.rectifyProfile(user.id(), patch.name(), patch.email()));
	}

	@PostMapping("/tokens")
	ResponseEntity<IssuedApiToken> issueToken(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewTokenRequest request) {
		IssuedApiToken token = accounts.issueToken(user.id(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id())).body(token);
	}

	@GetMapping("/tokens")
	List<ApiTokenSummary> tokens(@AuthenticationPrincipal CurrentUser user) {
		return accounts.tokens(user.id());
	}

	@DeleteMapping("/tokens/{tokenId}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID tokenId) {
		accounts.revokeToken(user.id(), tokenId);
		return ResponseEntity.noContent().build();
	}

}
