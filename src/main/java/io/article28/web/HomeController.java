package io.article28.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.article28.accounts.CurrentUser;

/** Sign-in, and the landing page that sends each person to its own area. */
@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user) {
		return user.isStaff() ? "redirect:/staff" : "redirect:/dashboard";
	}

}
