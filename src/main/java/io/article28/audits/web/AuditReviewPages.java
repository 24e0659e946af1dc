package io.article28.audits.web;

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
import io.article28.accounts.OrganizationAccess;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditStatus;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

/**
 * The DPOs' queue of audit requests, with the forms to raise concerns, agree or refuse.
 */
@Controller
class AuditReviewPages {

	private final AuditManagement audits;

	private final OrganizationAccess access;

	AuditReviewPages(AuditManagement audits, OrganizationAccess access) {
		this.audits = audits;
		this.access = access;
	}

	@GetMapping("/staff/audits")
	String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) AuditStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		access.requireStaff(user, AuditReviewApi.REVIEWERS);
		model.addAttribute("requests", audits.queue(status, PageRequest.of(page, 20)).map(AuditViews.Detail::of));
		model.addAttribute("status", status);
		model.addAttribute("statuses", AuditStatus.values());
		return "audits/review";
	}

	@PostMapping("/staff/audits/{id}/concerns")
	String raiseConcerns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return handle(user, id, "audits.concernsRaised", redirect, () -> audits.raiseConcerns(id, text, user.id()));
	}

	@PostMapping("/staff/audits/{id}/agreement")
	String agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String start, @RequestParam(required = false) String durationDays,
			@RequestParam(defaultValue = "false") boolean auditorAccepted, RedirectAttributes redirect) {
		return handle(user, id, "audits.agreed", redirect, () -> audits.agree(id, AuditForms.date("start", start),
				AuditForms.days("durationDays", durationDays), auditorAccepted, user.id()));
	}

	@PostMapping("/staff/audits/{id}/refusal")
	String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean competitor,
			RedirectAttributes redirect) {
		return handle(user, id, "audits.refused", redirect, () -> audits.refuse(id, reason, competitor, user.id()));
	}

	private String handle(CurrentUser user, UUID id, String notice, RedirectAttributes redirect, Runnable step) {
		access.requireStaff(user, AuditReviewApi.REVIEWERS);
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", AuditForms.FormError.of("review-" + id, ex));
		}
		return "redirect:/staff/audits#audit-" + id;
	}

}
