package io.article28.accounts.web;

import java.io.Serializable;
import java.util.List;
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
import io.article28.accounts.StaffManagement;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.accounts.UserId;
import io.article28.core.PageRequest;
import io.article28.core.FormError;
import io.article28.core.RejectedException;

/** The staff page of the provider's administrators. */
@Controller
@StaffOnly(StaffRole.ADMIN)
class StaffPages {

	static final int PAGE_SIZE = 50;

	record InviteForm(String email, String name, List<StaffRole> roles) implements Serializable {
	}

	private final StaffManagement staff;

	StaffPages(StaffManagement staff) {
		this.staff = staff;
	}

	@GetMapping("/staff/people")
	String people(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("people", staff.staff(PageRequest.of(page, PAGE_SIZE)));
		model.addAttribute("roles", StaffRole.values());
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", new InviteForm("", "", List.of()));
		}
		return "accounts/staff";
	}

	@PostMapping("/staff/people")
	String invite(@AuthenticationPrincipal CurrentUser user, @ModelAttribute InviteForm form,
			RedirectAttributes redirect) {
		try {
			staff.invite(form.email(), form.name(), form.roles(), user.id());
			redirect.addFlashAttribute("notice", "staff.invited");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("inviteForm", form);
			redirect.addFlashAttribute("formError", FormError.of("invite", ex));
		}
		return "redirect:/staff/people";
	}

	@PostMapping("/staff/people/{id}/roles")
	String changeRoles(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) List<StaffRole> roles, RedirectAttributes redirect) {
		return handle(id, "staff.rolesChanged", redirect, () -> staff.changeRoles(new UserId(id), roles, user.id()));
	}

	@PostMapping("/staff/people/{id}/deactivation")
	String deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return handle(id, "staff.deactivated", redirect, () -> staff.deactivate(new UserId(id), user.id()));
	}

	private static String handle(UUID id, String notice, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("person-" + id, ex));
		}
		return "redirect:/staff/people";
	}

}
