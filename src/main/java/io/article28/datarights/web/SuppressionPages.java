package io.article28.datarights.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.datarights.Suppressions;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;

/**
 * The suppression list of an app: how many erased people it names, and the replay that
 * searches the app's stores for them after a backup was restored or data imported again.
 */
@Controller
class SuppressionPages {

	private final Suppressions suppressions;

	private final PlatformManagement platform;

	SuppressionPages(Suppressions suppressions, PlatformManagement platform) {
		this.suppressions = suppressions;
		this.platform = platform;
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@GetMapping("/organizations/{orgId}/apps/{appId}/suppression-list")
	String page(@PathVariable UUID orgId, @PathVariable UUID appId, Model model) {
		return page(new OrganizationId(orgId), new AppId(appId), model);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/apps/{appId}/suppression-list/replay")
	String replay(@PathVariable UUID orgId, @PathVariable UUID appId, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		model.addAttribute("replay", suppressions.replay(organization, new AppId(appId)));
		return page(organization, new AppId(appId), model);
	}

	private String page(OrganizationId organization, AppId app, Model model) {
		model.addAttribute("organizationId", organization.value());
		model.addAttribute("listed", suppressions.listed(organization, app));
		model.addAttribute("app", platform.app(app).orElseThrow());
		return "datarights/suppression";
	}

}
