package io.article28.requests.web;

import java.io.Serializable;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.core.ThrottledException;
import io.article28.requests.RequestAbout;
import io.article28.requests.RequestManagement;
import io.article28.requests.RequestRight;

/**
 * The public form of rights requests, for anyone, without an account and without
 * JavaScript: file, confirm from the mailed link, follow with the private link.
 */
@Controller
class PublicRequestPages {

	/** What the person typed, given back with the error so that nothing is lost. */
	record Draft(RequestAbout about, String app, RequestRight right, String email,
			String details) implements Serializable {
	}

	record FormError(String form, String field, String message) implements Serializable {
	}

	private final RequestManagement requests;

	PublicRequestPages(RequestManagement requests) {
		this.requests = requests;
	}

	/** The trap field: hidden from people, filled in by bots that fill every field. */
	static boolean isBot(String website) {
		return website != null && !website.isBlank();
	}

	@GetMapping("/rights")
	String form(Model model) {
		model.addAttribute("rights", RequestRight.values());
		model.addAttribute("abouts", RequestAbout.values());
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new Draft(RequestAbout.APP, null, null, null, null));
		}
		return "requests/public-form";
	}

	@PostMapping("/rights")
	String file(@RequestParam(required = false) RequestAbout about, @RequestParam(required = false) String app,
			@RequestParam(required = false) RequestRight right, @RequestParam(required = false) String email,
			@RequestParam(required = false) String details, @RequestParam(required = false) String website,
			HttpServletRequest http, RedirectAttributes redirect) {
		if (isBot(website)) {
			return "redirect:/rights/sent";
		}
		try {
			requests.submit(new RequestManagement.NewRequest(about, app, right, email, details), http.getRemoteAddr());
			return "redirect:/rights/sent";
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError("request", ex.field(), ex.getMessage()));
		}
		catch (ThrottledException ex) {
			redirect.addFlashAttribute("formError", new FormError("request", null, ex.getMessage()));
		}
		redirect.addFlashAttribute("draft", new Draft(about, app, right, email, details));
		return "redirect:/rights";
	}

	@GetMapping("/rights/sent")
	String sent() {
		return "requests/public-sent";
	}

	/**
	 * The mailed link opens a page with a button: a mail scanner following links confirms
	 * nothing.
	 */
	@GetMapping("/rights/{id}/confirm")
	String confirmation(@PathVariable UUID id, @RequestParam(required = false) String token, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("token", token);
		return "requests/public-confirm";
	}

	@PostMapping("/rights/{id}/confirm")
	String confirm(@PathVariable UUID id, @RequestParam(required = false) String token, Model model) {
		try {
			RequestManagement.Confirmed confirmed = requests.confirm(id, token);
			return "redirect:/rights/" + id + "?token=" + confirmed.statusToken() + "&confirmed";
		}
		catch (RejectedException ex) {
			model.addAttribute("id", id);
			model.addAttribute("token", null);
			model.addAttribute("formError", new FormError("confirm", ex.field(), ex.getMessage()));
			return "requests/public-confirm";
		}
	}

	/**
	 * The request through its private link. Without the link's secret (a later mail links
	 * here without it), or with a secret that does not open it, the page offers to mail a
	 * new private link; a wrong secret answers 404, and neither tells whether the request
	 * exists.
	 */
	@GetMapping("/rights/{id}")
	String status(@PathVariable UUID id, @RequestParam(required = false) String token, Model model,
			HttpServletResponse response) {
		try {
			model.addAttribute("request", RequestViews.ForRequester.of(requests.forRequester(id, token),
					requests.today(), requests.messages(id), requests.attachments(id)));
		}
		catch (NotFoundException ex) {
			if (token != null) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
			}
			model.addAttribute("id", id);
			return "requests/public-link";
		}
		model.addAttribute("token", token);
		return "requests/public-status";
	}

	/**
	 * Mails a new private link to the address that confirmed the request, if there is
	 * one.
	 */
	@PostMapping("/rights/{id}/link")
	String newLink(@PathVariable UUID id, HttpServletRequest http, RedirectAttributes redirect) {
		try {
			requests.sendStatusLink(id, http.getRemoteAddr());
			redirect.addFlashAttribute("notice", "rights.link.sent");
		}
		catch (ThrottledException ex) {
			redirect.addFlashAttribute("formError", new FormError("link", null, ex.getMessage()));
		}
		return "redirect:/rights/" + id;
	}

	@PostMapping("/rights/{id}/messages")
	String message(@PathVariable UUID id, @RequestParam(required = false) String token,
			@RequestParam(required = false) String message, RedirectAttributes redirect) {
		try {
			requests.addRequesterMessage(id, token, message);
			redirect.addFlashAttribute("notice", "rights.message.sent");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError("message", ex.field(), ex.getMessage()));
		}
		redirect.addAttribute("token", token);
		return "redirect:/rights/" + id;
	}

}
