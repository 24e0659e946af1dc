package io.article28.register.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.register.AuthorityAccess;
import io.article28.register.AuthorityAccessManagement;

/**
 * The DPO's side of the supervisory authorities' accesses: issue one (its link is shown
 * once), list them without their tokens, revoke one.
 */
@RestController
class AuthorityAccessApi {

	record IssueRequest(String authority, Instant expiresAt) {
	}

	record IssuedView(UUID id, String authority, Instant expiresAt, String link) {
	}

	record AccessView(UUID id, String authority, Instant issuedAt, UUID issuedBy, Instant expiresAt, Instant revokedAt,
			UUID revokedBy) {

		static AccessView of(AuthorityAccess access) {
			return new AccessView(access.id(), access.authority(), access.issuedAt(), access.issuedBy().value(),
					access.expiresAt(), access.revokedAt().orElse(null),
					access.revokedBy().map(by -> by.value()).orElse(null));
		}

	}

	private final AuthorityAccessManagement accesses;

	private final OrganizationAccess access;

	private final String baseUrl;

	AuthorityAccessApi(AuthorityAccessManagement accesses, OrganizationAccess access,
			@Value("${article28.base-url}") String baseUrl) {
		this.accesses = accesses;
		this.access = access;
		this.baseUrl = baseUrl;
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/api/v1/authority-access")
	ResponseEntity<IssuedView> issue(@AuthenticationPrincipal CurrentUser user, @RequestBody IssueRequest request) {
		AuthorityAccess.Issued issued = accesses.issue(request.authority(), request.expiresAt(), user.id());
		AuthorityAccess created = issued.access();
		return ResponseEntity.created(URI.create("/api/v1/authority-access/" + created.id()))
			.body(new IssuedView(created.id(), created.authority(), created.expiresAt(),
					link(baseUrl, issued.token())));
	}

	@StaffOnly(StaffRole.DPO)
	@GetMapping("/api/v1/authority-access")
	List<AccessView> list() {
		return accesses.accesses().stream().map(AccessView::of).toList();
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/api/v1/authority-access/{id}/revocation")
	AccessView revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return AccessView.of(accesses.revoke(id, user.id()));
	}

	static String link(String baseUrl, String token) {
		return baseUrl.replaceAll("/+$", "") + "/authority/" + token;
	}

}
