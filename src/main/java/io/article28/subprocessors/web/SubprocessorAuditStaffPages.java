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
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
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

	SubprocessorAuditStaffPages(SubprocessorManagement register, AuditConfirmationManagement confirmations) {
		this.register = register;
		this.confirmations = confirmations;
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/subprocessors/{id}/audits")
	String audits(@PathVariable UUID id, Model model) {
		model.addAttribute("entry", register.entry(id));
		model.addAttribute("audits", register.audits(id).stream().map(AuditViews.Audit::of).toList());
		return "subprocessors/staff-audits";
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/subprocessors/{id}/audits")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute AuditForms.AuditForm form, RedirectAttributes redirect) {
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

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/subprocessors/{id}/audits/{auditId}/removal")
	String remove(@PathVariable UUID id, @PathVariable long auditId, RedirectAttributes redirect) {
		register.removeAudit(id, auditId);
		redirect.addFlashAttribute("notice", "subprocessors.audit.removed");
		return "redirect:/staff/subprocessors/" + id + "/audits";
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/subprocessors/audit-confirmations")
	String queue(@RequestParam(required = false) AuditConfirmation.Status status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("confirmations",
				confirmations.queue(status, PageRequest.of(page, 20)).map(new AuditViews.Names(register)::view));
		model.addAttribute("status", status);
		model.addAttribute("statuses", AuditConfirmation.Status.values());
		return "subprocessors/staff-confirmations";
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/subprocessors/audit-confirmations/{id}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String statement, RedirectAttributes redirect) {
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
