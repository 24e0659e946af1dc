package io.article28.subprocessors.web;

import java.io.Serializable;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.subprocessors.SubscriptionManagement;

/**
 * Following the changes of sub-processors by email, for anyone: the form on the public
 * list, and the pages the links of the mails open.
 */
@Controller
class SubscriptionPages {

	record SubscriptionForm(String email) implements Serializable {
	}

	/** A refused form travels back to the list with the field at fault. */
	record FormError(String form, String field, String message) implements Serializable {
	}

	private static final String PAGE = "subprocessors/subscription";

	private final SubscriptionManagement subscriptions;

	SubscriptionPages(SubscriptionManagement subscriptions) {
		this.subscriptions = subscriptions;
	}

	/**
	 * New, pending or confirmed: the notice is the same, so nobody learns who follows.
	 */
	@PostMapping("/subprocessors/subscriptions")
	String subscribe(@ModelAttribute SubscriptionForm form, RedirectAttributes redirect) {
		try {
			subscriptions.subscribe(form.email());
			redirect.addFlashAttribute("notice", "subprocessors.subscription.requested");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("subscriptionForm", form);
			redirect.addFlashAttribute("formError", new FormError("subscription", ex.field(), ex.getMessage()));
		}
		return "redirect:/subprocessors#follow";
	}

	/**
	 * Only shows a button, like unsubscribing: a mail scanner opening the link must not
	 * confirm an address its owner never meant to follow.
	 */
	@GetMapping("/subprocessors/subscriptions/confirm")
	String confirmForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("outcome", token == null || token.isBlank() ? "invalid" : "confirm");
		model.addAttribute("token", token);
		return PAGE;
	}

	@PostMapping("/subprocessors/subscriptions/confirm")
	String confirm(@RequestParam(required = false) String token, Model model) {
		subscriptions.confirm(token);
		model.addAttribute("outcome", "confirmed");
		return PAGE;
	}

	/**
	 * Only shows a button: mail scanners open links, and must not unsubscribe anyone by
	 * doing so.
	 */
	@GetMapping("/subprocessors/subscriptions/unsubscribe")
	String unsubscribeForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("outcome", "unsubscribe");
		model.addAttribute("token", token);
		return PAGE;
	}

	@PostMapping("/subprocessors/subscriptions/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token, Model model) {
		subscriptions.unsubscribe(token);
		model.addAttribute("outcome", "unsubscribed");
		return PAGE;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView invalidLink() {
		return new ModelAndView(PAGE, Map.of("outcome", "invalid"), HttpStatus.NOT_FOUND);
	}

}
