package io.article28.subprocessors.web;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.subprocessors.AuditConfirmationManagement;
import io.article28.subprocessors.SubprocessorManagement;

/**
 * The customer's requests for confirmation of the last audit of a sub-processor: the form
 * to ask (owners and admins) and the answers (every member).
 */
@Controller
class AuditConfirmationPages {

	private final AuditConfirmationManagement confirmations;

	private final SubprocessorManagement register;

	private final OrganizationAccess access;

	AuditConfirmationPages(AuditConfirmationManagement confirmations, SubprocessorManagement register,
			OrganizationAccess access) {
		this.confirmations = confirmations;
		this.register = register;
		this.access = access;
	}

	@GetMapping("/subprocessors/audit-confirmations")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		if (user.membership().isEmpty()) {
			return "redirect:/staff/subprocessors/audit-confirmations";
		}
		OrganizationId organization = user.membership().get().organizationId();
		access.requireReader(user, organization);
		model.addAttribute("confirmations", confirmations.confirmations(organization, PageRequest.of(page, 20))
			.map(new AuditViews.Names(register)::view));
		model.addAttribute("entries", register.register());
		model.addAttribute("canAsk", user.membership().map(m -> m.role().manages()).orElse(false));
		return "subprocessors/confirmations";
	}

	@PostMapping("/subprocessors/audit-confirmations")
	String ask(@AuthenticationPrincipal CurrentUser user, @ModelAttribute AuditForms.ConfirmationForm form,
			RedirectAttributes redirect) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new AccessDeniedException("the customer asks for itself"))
			.organizationId();
		access.requireManager(user, organization);
		try {
			confirmations.ask(organization, subprocessor(form.subprocessorId()), form.question(), user.id());
			redirect.addFlashAttribute("notice", "subprocessors.confirmation.asked");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("confirmationForm", form);
			redirect.addFlashAttribute("formError", AuditForms.FormError.of("confirmation", ex));
		}
		return "redirect:/subprocessors/audit-confirmations";
	}

	private static UUID subprocessor(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw RejectedException.invalid("subprocessorId", "is not in the register");
		}
	}

}
