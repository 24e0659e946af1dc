package io.article28.subprocessors.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.subprocessors.AuditConfirmation;
import io.article28.subprocessors.AuditConfirmationManagement;
import io.article28.subprocessors.SubprocessorManagement;

/**
 * The staff's pages of audits: those of one sub-processor, with the form to record one,
 * and the queue of customers' requests for confirmation, with the form to answer.
 */
@Controller
class SubprocessorAuditStaffPages {

	private final SubprocessorManagement register;

	private final AuditConfirmationManagement confirmations;

	private final OrganizationAccess access;

	SubprocessorAuditStaffPages(SubprocessorManagement register, AuditConfirmationManagement confirmations,
			OrganizationAccess access) {
		this.register = register;
		this.confirmations = confirmations;
		this.access = access;
	}

	@GetMapping("/staff/subprocessors/{id}/audits")
	String audits(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		access.requireStaff(user, SubprocessorAuditApi.KEEPERS);
		model.addAttribute("entry", register.entry(id));
		model.addAttribute("audits", register.audits(id).stream().map(AuditViews.Audit::of).toList());
		return "subprocessors/staff-audits";
	}

	@PostMapping("/staff/subprocessors/{id}/audits")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute AuditForms.AuditForm form, RedirectAttributes redirect) {
		access.requireStaff(user, SubprocessorAuditApi.KEEPERS);
		try {
			register.recordAudit(id, AuditForms.date("date", form.date()), form.auditor(), form.outcome(), user.id());
			redirect.addFlashAttribute("notice", "subprocessors.audit.recorded");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("auditForm", form);
			redirect.addFlashAttribute("formError", AuditForms.FormError.of("audit", ex));
		}
		return "redirect:/staff/subprocessors/" + id + "/audits";
	}

	@PostMapping("/staff/subprocessors/{id}/audits/{auditId}/removal")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable long auditId,
			RedirectAttributes redirect) {
		access.requireStaff(user, SubprocessorAuditApi.KEEPERS);
		register.removeAudit(id, auditId);
		redirect.addFlashAttribute("notice", "subprocessors.audit.removed");
		return "redirect:/staff/subprocessors/" + id + "/audits";
	}

	@GetMapping("/staff/subprocessors/audit-confirmations")
	String queue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) AuditConfirmation.Status status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		access.requireStaff(user, SubprocessorAuditApi.KEEPERS);
		model.addAttribute("confirmations",
				confirmations.queue(status, PageRequest.of(page, 20)).map(new AuditViews.Names(register)::view));
		model.addAttribute("status", status);
		model.addAttribute("statuses", AuditConfirmation.Status.values());
		return "subprocessors/staff-confirmations";
	}

	@PostMapping("/staff/subprocessors/audit-confirmations/{id}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String statement, RedirectAttributes redirect) {
		access.requireStaff(user, SubprocessorAuditApi.KEEPERS);
		try {
			confirmations.answer(id, statement, user.id());
			redirect.addFlashAttribute("notice", "subprocessors.confirmation.answered");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", AuditForms.FormError.of("answer-" + id, ex));
		}
		return "redirect:/staff/subprocessors/audit-confirmations#confirmation-" + id;
	}

}
