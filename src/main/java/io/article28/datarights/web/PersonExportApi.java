package io.article28.datarights.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.datarights.PersonDataExports;
import io.article28.datarights.PersonExport;

/**
 * The exports of a requester's data to the answer of its request: started by the
 * organization's owners and admins, followed by its members.
 */
@RestController
class PersonExportApi {

	private final PersonDataExports exports;

	private final OrganizationAccess access;

	PersonExportApi(PersonDataExports exports, OrganizationAccess access) {
		this.exports = exports;
		this.access = access;
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/requests/{id}/data-exports")
	ResponseEntity<PersonExport> start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		PersonExport export = exports.request(new OrganizationId(orgId), id, user.id());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/organizations/" + orgId + "/requests/" + id + "/data-exports/" + export.id()))
			.body(export);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/data-exports")
	List<PersonExport> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return exports.ofRequest(organization, id);
	}

	@GetMapping("/api/v1/organizations/{orgId}/requests/{id}/data-exports/{exportId}")
	PersonExport get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id,
			@PathVariable UUID exportId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return exports.get(organization, id, exportId);
	}

}
