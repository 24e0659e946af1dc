package io.article28.audits.web;

import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditPlan;
import io.article28.audits.Auditor;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;

/**
 * The customer's audits: the rules a plan must meet today (shown before submission), the
 * form to submit one, and the requests with the provider's concerns and decisions.
 */
@Controller
class AuditPages {

	/** What the submission form sends, as typed. */
	record PlanForm(String scope, String proposedStart, String durationDays, Auditor.Kind auditorKind,
			String auditorName, Boolean confidentialityAgreementSigned, String legalObligation) {

		AuditPlan plan() {
			return new AuditPlan(scope, AuditForms.date("proposedStart", proposedStart),
					AuditForms.days("durationDays", durationDays),
					new Auditor(auditorKind, auditorName, Boolean.TRUE.equals(confidentialityAgreementSigned)),
					legalObligation);
		}

	}

	private final AuditManagement audits;

	private final OrganizationAccess access;

	AuditPages(AuditManagement audits, OrganizationAccess access) {
		this.audits = audits;
		this.access = access;
	}

	@GetMapping("/audits")
	String audits(@AuthenticationPrincipal CurrentUser user, Model model) {
		OrganizationId organization = organization(user);
		model.addAttribute("rules", AuditViews.Rules.of(audits.rules(organization)));
		model.addAttribute("requests", audits.requests(organization).stream().map(AuditViews.Detail::of).toList());
		model.addAttribute("mayEdit", user.membership().map(m -> m.role().manages()).orElse(false));
		return "audits/audits";
	}

	@PostMapping("/audits")
	String submit(@AuthenticationPrincipal CurrentUser user, PlanForm form, RedirectAttributes redirect) {
		return handle(user, "plan", "audits.submitted", redirect,
				organization -> audits.submit(organization, form.plan(), user.id()));
	}

	@PostMapping("/audits/{id}/answers")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return handle(user, "answer-" + id, "audits.answered", redirect,
				organization -> audits.answer(organization, id, text, user.id()));
	}

	private String handle(CurrentUser user, String form, String notice, RedirectAttributes redirect,
			Consumer<OrganizationId> step) {
		OrganizationId organization = organization(user);
		access.requireOwnManager(user, organization);
		try {
			step.accept(organization);
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", AuditForms.FormError.of(form, ex));
		}
		return "redirect:/audits";
	}

	private OrganizationId organization(CurrentUser user) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new NotFoundException("Organization"))
			.organizationId();
		access.requireReader(user, organization);
		return organization;
	}

}
