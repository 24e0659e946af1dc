package io.article28.platform.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

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

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.platform.App;
import io.article28.platform.AppDomain;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;

/** The apps an organization runs on the platform. */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/apps")
class AppApi {

	/** {@code domains}: the app's custom domains, where people know it (at most 20). */
	record NewAppRequest(@NotBlank String name, @NotBlank String region, String contactUrl, List<String> domains) {
	}

	record DomainsRequest(List<String> domains) {
	}

	record AppView(UUID id, String name, String region, String contactUrl, List<String> domains, Instant createdAt) {

		static AppView of(App app, List<AppDomain> domains) {
			return new AppView(app.id().value(), app.name(), app.regionCode(),
					app.contact().map(URI::toString).orElse(null), domains.stream().map(AppDomain::value).toList(),
					app.createdAt());
		}
	}

	private final PlatformManagement platform;

	private final OrganizationAccess access;

	AppApi(PlatformManagement platform, OrganizationAccess access) {
		this.platform = platform;
		this.access = access;
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping
	ResponseEntity<AppView> register(@PathVariable UUID orgId, @Valid @RequestBody NewAppRequest request) {
		OrganizationId owner = new OrganizationId(orgId);
		App app = platform.registerApp(owner, request.name(), request.region(), request.contactUrl(),
				request.domains());
		return ResponseEntity.created(URI.create("/api/v1/organizations/" + orgId + "/apps/" + app.id()))
			.body(AppView.of(app, platform.domains(app.id())));
	}

	/**
	 * Replaces the app's custom domains (an empty list leaves it its platform host name
	 * only); a domain of another app is refused with 409.
	 */
	@Requires(OrganizationRight.MANAGE)
	@PutMapping("/{appId}/domains")
	DomainsRequest replaceDomains(@PathVariable UUID orgId, @PathVariable UUID appId,
			@RequestBody DomainsRequest request) {
		return new DomainsRequest(
				platform.replaceDomains(new OrganizationId(orgId), new AppId(appId), request.domains())
					.stream()
					.map(AppDomain::value)
					.toList());
	}

	@GetMapping
	Page<AppView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		Page<App> apps = platform.apps(owner, PageRequest.of(page, size));
		Map<AppId, List<AppDomain>> domains = platform.domains(apps.items().stream().map(App::id).toList());
		return apps.map(app -> AppView.of(app, domains.getOrDefault(app.id(), List.of())));
	}

}
