package io.article28.datarights.web;

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
import io.article28.core.RejectedException;
import io.article28.datarights.ErasureCertificates;
import io.article28.datarights.PersonErasures;
import io.article28.requests.RequestManagement;

/**
 * The erasure page of a request: the latest plan, store by store, with its statements,
 * what is kept and why, what the database does beyond them and what blocks it; the form
 * that confirms it by the app's name; and what came of it.
 */
@Controller
class ErasurePages {

	private final PersonErasures erasures;

	private final ErasureCertificates certificates;

	private final RequestManagement requests;

	ErasurePages(PersonErasures erasures, ErasureCertificates certificates, RequestManagement requests) {
		this.erasures = erasures;
		this.certificates = certificates;
		this.requests = requests;
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@GetMapping("/organizations/{orgId}/requests/{id}/erasure")
	String page(@PathVariable UUID orgId, @PathVariable UUID id, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		model.addAttribute("organizationId", orgId);
		model.addAttribute("request", requests.request(organization, id));
		model.addAttribute("plan", erasures.latest(organization, id).orElse(null));
		return "datarights/erasure";
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/requests/{id}/erasure-plans")
	String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id,
			RedirectAttributes redirect) {
		try {
			erasures.plan(new OrganizationId(orgId), id, user.id());
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("plan", ex));
		}
		return redirect(orgId, id);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/requests/{id}/erasure-plans/{planId}/execution")
	String execute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id,
			@PathVariable UUID planId, @RequestParam(required = false) String confirm,
			@RequestParam(required = false) String digest, RedirectAttributes redirect) {
		try {
			PersonErasures.Confirmation confirmation = erasures.confirm(new OrganizationId(orgId), id, planId, confirm,
					digest, user.id());
			redirect.addFlashAttribute("notice", confirmation.confirmed() ? "erasure.confirmed" : "erasure.replanned");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("confirm", ex));
		}
		return redirect(orgId, id);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/requests/{id}/erasure-plans/{planId}/certificate")
	String certify(@PathVariable UUID orgId, @PathVariable UUID id, @PathVariable UUID planId,
			RedirectAttributes redirect) {
		try {
			certificates.attach(new OrganizationId(orgId), id, planId);
			redirect.addFlashAttribute("notice", "erasure.certified");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("plan", ex));
		}
		return redirect(orgId, id);
	}

	private static String redirect(UUID orgId, UUID requestId) {
		return "redirect:/organizations/" + orgId + "/requests/" + requestId + "/erasure";
	}

}
