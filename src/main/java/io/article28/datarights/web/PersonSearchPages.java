package io.article28.datarights.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.core.FormError;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.datarights.PersonDataExports;
import io.article28.datarights.PersonSearch;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;

/**
 * The "Find a person" page: identities typed, or prefilled from a rights request, and
 * what the app's data stores hold of the person. The identities are posted, never put in
 * an address (addresses end up in logs), and the result is shown, not kept.
 */
@Controller
class PersonSearchPages {

	private final PersonSearch search;

	private final PersonDataExports exports;

	private final PlatformManagement platform;

	private final RequestSteps steps;

	PersonSearchPages(PersonSearch search, PersonDataExports exports, PlatformManagement platform, RequestSteps steps) {
		this.search = search;
		this.exports = exports;
		this.platform = platform;
		this.steps = steps;
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@GetMapping("/organizations/{orgId}/data-stores/search")
	String form(@PathVariable UUID orgId, @RequestParam(required = false) UUID request, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		PersonSearch.Query query = request == null ? new PersonSearch.Query(List.of(), null, null, true)
				: search.fromRequest(organization, request);
		return page(organization, query, model);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/data-stores/search")
	String search(@PathVariable UUID orgId, @RequestParam(required = false) String identities,
			@RequestParam(required = false) UUID appId, @RequestParam(required = false) UUID requestId, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		List<String> lines = identities == null ? List.of() : Arrays.asList(identities.split("\\R"));
		PersonSearch.Query query = new PersonSearch.Query(lines, appId == null ? null : new AppId(appId), requestId,
				true);
		try {
			model.addAttribute("result", search.search(organization, query));
		}
		catch (RejectedException ex) {
			model.addAttribute("formError", FormError.of("search", ex));
		}
		return page(organization, query, model);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/requests/{id}/data-exports")
	String export(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			exports.request(new OrganizationId(orgId), id, user.id());
			redirect.addFlashAttribute("notice", "personExport.queued");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("export", ex));
		}
		return "redirect:/organizations/" + orgId + "/data-stores/search?request=" + id;
	}

	private String page(OrganizationId organization, PersonSearch.Query query, Model model) {
		model.addAttribute("exports",
				query.requestId() == null ? List.of() : exports.ofRequest(organization, query.requestId()));
		model.addAttribute("steps", query.requestId() == null ? List.of() : steps.of(organization, query.requestId()));
		model.addAttribute("organizationId", organization.value());
		model.addAttribute("apps", platform.apps(organization, PageRequest.of(0, PageRequest.MAX_SIZE)).items());
		model.addAttribute("identities", String.join("\n", query.identities()));
		model.addAttribute("appId", query.app() == null ? null : query.app().value());
		model.addAttribute("requestId", query.requestId());
		model.addAttribute("maxIdentities", PersonSearch.MAX_IDENTITIES);
		return "datarights/search";
	}

}
