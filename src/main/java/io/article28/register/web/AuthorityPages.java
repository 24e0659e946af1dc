package io.article28.register.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.article28.core.GoneException;
import io.article28.register.AuthorityAccessManagement;

/**
 * The page a supervisory authority opens from its link: for whom the access is, until
 * when, and the links to the two registers it opens.
 */
@Controller
class AuthorityPages {

	private final AuthorityAccessManagement accesses;

	AuthorityPages(AuthorityAccessManagement accesses) {
		this.accesses = accesses;
	}

	@GetMapping("/authority/{token}")
	String access(@PathVariable String token, Model model) {
		model.addAttribute("access", accesses.use(token, "page", null));
		model.addAttribute("token", token);
		return "register/authority";
	}

	@ExceptionHandler(GoneException.class)
	@ResponseStatus(HttpStatus.GONE)
	String gone() {
		return "register/authority-gone";
	}

}
