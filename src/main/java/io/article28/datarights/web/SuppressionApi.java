package io.article28.datarights.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.datarights.Suppressions;
import io.article28.platform.AppId;

/**
 * An app's suppression list, by the API: its size, and its replay on the app's stores.
 */
@RestController
class SuppressionApi {

	private final Suppressions suppressions;

	SuppressionApi(Suppressions suppressions) {
		this.suppressions = suppressions;
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@GetMapping("/api/v1/organizations/{orgId}/apps/{appId}/suppression-list")
	Map<String, Long> listed(@PathVariable UUID orgId, @PathVariable UUID appId) {
		return Map.of("listed", suppressions.listed(new OrganizationId(orgId), new AppId(appId)));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/apps/{appId}/suppression-list/replay")
	Suppressions.Replay replay(@PathVariable UUID orgId, @PathVariable UUID appId) {
		return suppressions.replay(new OrganizationId(orgId), new AppId(appId));
	}

}
