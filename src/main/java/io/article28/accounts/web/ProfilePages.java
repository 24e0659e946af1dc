package io.article28.accounts.web;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.User;
import io.article28.core.RejectedException;

/** The person's own profile: rectification, password and personal API tokens. */
@Controller
class ProfilePages {

	record ProfileForm(String name, String email) implements Serializable {
	}

	record PasswordForm(String currentPassword, String newPassword) implements Serializable {
	}

	record TokenForm(String name) implements Serializable {
	}

	private final AccountManagement accounts;

	ProfilePages(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/profile")
	String show(@AuthenticationPrincipal CurrentUser current, Model model) {
		User user = accounts.user(current.id());
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", new ProfileForm(user.name(), user.email().value()));
		}
		model.addAttribute("user", user);
		model.addAttribute("tokens", accounts.tokens(user.id()));
		model.addAttribute("changes", accounts.profileChanges(user.id()));
		return "accounts/profile";
	}

	@PostMapping("/profile")
	String rectify(@AuthenticationPrincipal CurrentUser current, @ModelAttribute ProfileForm form,
			RedirectAttributes redirect) {
		try {
			accounts.rectifyProfile(current.id(), form.name(), form.email());
			redirect.addFlashAttribute("notice", "profile.saved");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("profileForm", form);
			redirect.addFlashAttribute("formError",
					new OrganizationPages.FormError("profile", ex.field(), ex.getMessage()));
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/password")
	String changePassword(@AuthenticationPrincipal CurrentUser current, @ModelAttribute PasswordForm form,
			RedirectAttributes redirect) {
		try {
			accounts.changePassword(current.id(), form.currentPassword(), form.newPassword());
			redirect.addFlashAttribute("notice", "profile.password.saved");
		}
		catch (RejectedException ex) {
			String field = "password".equals(ex.field()) ? "newPassword" : ex.field();
			redirect.addFlashAttribute("formError",
					new OrganizationPages.FormError("password", field, ex.getMessage()));
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens")
	String issueToken(@AuthenticationPrincipal CurrentUser current, @ModelAttribute TokenForm form,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("issuedToken", accounts.issueToken(current.id(), form.name()));
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError",
					new OrganizationPages.FormError("token", ex.field(), ex.getMessage()));
		}
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{tokenId}/revoke")
	String revokeToken(@AuthenticationPrincipal CurrentUser current, @PathVariable UUID tokenId,
			RedirectAttributes redirect) {
		accounts.revokeToken(current.id(), tokenId);
		redirect.addFlashAttribute("notice", "tokens.revoked");
		return "redirect:/profile";
	}

}
