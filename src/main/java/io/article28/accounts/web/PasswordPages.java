package io.article28.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.PasswordReset;
import io.article28.core.GoneException;
import io.article28.core.FormError;
import io.article28.core.RejectedException;

/**
 * Forgotten passwords in the browser: the form that mails a reset link, and the page of a
 * link (from a reset or an invitation) where the new password is chosen.
 */
@Controller
class PasswordPages {

	private final PasswordReset reset;

	PasswordPages(PasswordReset reset) {
		this.reset = reset;
	}

	@GetMapping("/password/forgot")
	String forgot() {
		return "accounts/password-forgot";
	}

	/** The same notice whether or not the address has an account. */
	@PostMapping("/password/forgot")
	String requestReset(@RequestParam(required = false) String email, HttpServletRequest http,
			RedirectAttributes redirect) {
		try {
			reset.request(email, http.getRemoteAddr());
			redirect.addFlashAttribute("notice", "password.resetSent");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("reset", ex));
		}
		return "redirect:/password/forgot";
	}

	@GetMapping("/password/{token}")
	String link(@PathVariable String token, Model model) {
		model.addAttribute("purpose", reset.openLink(token).orElse(null));
		model.addAttribute("token", token);
		return "accounts/password-set";
	}

	@PostMapping("/password/{token}")
	String setPassword(@PathVariable String token, @RequestParam(required = false) String password,
			RedirectAttributes redirect) {
		try {
			reset.setPassword(token, password);
			return "redirect:/login?passwordSet";
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", FormError.of("password", ex));
		}
		catch (GoneException ex) {
			// the page says the link is closed
		}
		return "redirect:/password/" + token;
	}

}
