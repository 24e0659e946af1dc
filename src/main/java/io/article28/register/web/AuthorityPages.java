package io.article28.register.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.article28.core.GoneException;
import io.article28.core.PageRequest;
import io.article28.register.AuthorityAccessManagement;
import io.article28.register.RegisterManagement;

/**
 * The pages a supervisory authority opens from its link: for whom the access is, until
 * when, the register of processing and the breach register to read on screen a page at a
 * time, and the exports; read-only, each page a use in the trail.
 */
@Controller
class AuthorityPages {

	static final int PAGE_SIZE = 50;

	private final AuthorityAccessManagement accesses;

	private final RegisterManagement register;

	private final BreachRegisterEntries breaches;

	private final RegisterDownloads downloads;

	AuthorityPages(AuthorityAccessManagement accesses, RegisterManagement register, BreachRegisterEntries breaches,
			RegisterDownloads downloads) {
		this.accesses = accesses;
		this.register = register;
		this.breaches = breaches;
		this.downloads = downloads;
	}

	@GetMapping("/authority/{token}")
	String access(@PathVariable String token, Model model) {
		model.addAttribute("access", accesses.use(token, "page", null));
		model.addAttribute("token", token);
		model.addAttribute("wholePdf", register.controllerCount() <= downloads.pdfMaxControllers());
		model.addAttribute("pdfMax", downloads.pdfMaxControllers());
		return "register/authority";
	}

	@GetMapping(path = "/authority/{token}/register", params = "format=html")
	String register(@PathVariable String token, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("access", accesses.use(token, "register", "html"));
		model.addAttribute("token", token);
		model.addAttribute("processor", register.processor());
		model.addAttribute("activities", register.activities());
		model.addAttribute("measures", register.securityMeasures().orElse(null));
		model.addAttribute("controllers", register.controllers(PageRequest.of(page, PAGE_SIZE)));
		return "register/authority-register";
	}

	@GetMapping(path = "/authority/{token}/breach-register", params = "format=html")
	String breachRegister(@PathVariable String token, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("access", accesses.use(token, "breach-register", "html"));
		model.addAttribute("token", token);
		model.addAttribute("entries", breaches.page(PageRequest.of(page, PAGE_SIZE)));
		return "register/authority-breaches";
	}

	@ExceptionHandler(GoneException.class)
	@ResponseStatus(HttpStatus.GONE)
	String gone() {
		return "register/authority-gone";
	}

}
