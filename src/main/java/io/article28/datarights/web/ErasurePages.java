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
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.datarights.ErasureCertificates;
import io.article28.datarights.ErasurePlan;
import io.article28.datarights.PersonErasures;
import io.article28.datarights.PersonRectifications;
import io.article28.datarights.Rectification;
import io.article28.requests.RequestManagement;
import io.article28.requests.RightsRequest;

/**
 * The page of an erasure request, or of a request to restrict processing: the latest
 * plan, store by store, with its statements, what is kept and why, what the database does
 * beyond them and what blocks it; the form that confirms it by the app's name; what came
 * of it; and for an erasure, its certificate.
 */
@Controller
class ErasurePages {

	private final PersonErasures erasures;

	private final ErasureCertificates certificates;

	private final RequestManagement requests;

	private final RequestSteps steps;

	private final PersonRectifications rectifications;

	ErasurePages(PersonErasures erasures, ErasureCertificates certificates, RequestManagement requests,
			RequestSteps steps, PersonRectifications rectifications) {
		this.rectifications = rectifications;
		this.erasures = erasures;
		this.certificates = certificates;
		this.requests = requests;
		this.steps = steps;
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@GetMapping({ "/organizations/{orgId}/requests/{id}/erasure", "/organizations/{orgId}/requests/{id}/restriction",
			"/organizations/{orgId}/requests/{id}/rectification" })
	String page(@PathVariable UUID orgId, @PathVariable UUID id, Model model) {
		OrganizationId organization = new OrganizationId(orgId);
		RightsRequest request = requests.request(organization, id);
		ErasurePlan.Kind kind = kind(request);
		model.addAttribute("organizationId", orgId);
		model.addAttribute("request", request);
		model.addAttribute("kind", kind);
		model.addAttribute("plan", erasures.latest(organization, id).orElse(null));
		model.addAttribute("steps", steps.of(organization, id));
		Object changes = model.getAttribute("changes");
		ErasurePlan latest = (ErasurePlan) model.getAttribute("plan");
		if (kind == ErasurePlan.Kind.RECTIFICATION && changes instanceof String lines && !lines.isBlank()
				&& latest != null && latest.status() == ErasurePlan.Status.PLANNED) {
			try {
				model.addAttribute("beforeAfter",
						rectifications.preview(organization, id, Rectification.fromLines(lines)));
			}
			catch (RejectedException ex) {
				// the form says what is wrong with the lines
			}
		}
		return "datarights/erasure";
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/requests/{id}/data-plans")
	String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id,
			@RequestParam(required = false) String changes, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		ErasurePlan.Kind kind = kind(requests.request(organization, id));
		try {
			if (kind == ErasurePlan.Kind.RECTIFICATION) {
				rectifications.plan(organization, id, Rectification.fromLines(changes), user.id());
				// the values come back to the confirmation's form, never kept on our side
				redirect.addFlashAttribute("changes", changes);
			}
			else {
				erasures.plan(organization, id, kind, user.id());
			}
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("plan", ex));
		}
		return redirect(orgId, id, kind);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/requests/{id}/data-plans/{planId}/execution")
	String execute(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID id,
			@PathVariable UUID planId, @RequestParam(required = false) String confirm,
			@RequestParam(required = false) String digest, @RequestParam(required = false) String changes,
			RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		ErasurePlan.Kind kind = erasures.get(organization, id, planId).kind();
		try {
			PersonErasures.Confirmation confirmation = kind == ErasurePlan.Kind.RECTIFICATION
					? rectifications.rectify(organization, id, planId, confirm, digest,
							Rectification.fromLines(changes), user.id())
					: erasures.confirm(organization, id, planId, confirm, digest, user.id());
			redirect.addFlashAttribute("notice", confirmation.confirmed() ? "erasure.confirmed" : "erasure.replanned");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("confirm", ex));
			redirect.addFlashAttribute("changes", changes);
		}
		return redirect(orgId, id, kind);
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/organizations/{orgId}/requests/{id}/data-plans/{planId}/certificate")
	String certify(@PathVariable UUID orgId, @PathVariable UUID id, @PathVariable UUID planId,
			RedirectAttributes redirect) {
		try {
			certificates.attach(new OrganizationId(orgId), id, planId);
			redirect.addFlashAttribute("notice", "erasure.certified");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("plan", ex));
		}
		return redirect(orgId, id, ErasurePlan.Kind.ERASURE);
	}

	/** The kind of plan the request asks for; a request of another right has no page. */
	private static ErasurePlan.Kind kind(RightsRequest request) {
		ErasurePlan.Kind kind = PersonErasures.kindOf(request);
		if (kind == null) {
			throw new NotFoundException("Plan page");
		}
		return kind;
	}

	private static String redirect(UUID orgId, UUID requestId, ErasurePlan.Kind kind) {
		return "redirect:/organizations/" + orgId + "/requests/" + requestId + "/"
				+ kind.name().toLowerCase(java.util.Locale.ROOT);
	}

}
