package io.article28.register.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.core.PageRequest;
import io.article28.register.RegisterManagement;

/**
 * The register of processing on screen for the provider's DPOs and administrators: the
 * activities, the security measures, the controllers a page at a time, and the exports.
 */
@Controller
class RegisterPages {

	private final RegisterManagement register;

	private final OrganizationAccess access;

	RegisterPages(RegisterManagement register, OrganizationAccess access) {
		this.register = register;
		this.access = access;
	}

	@GetMapping("/staff/register")
	String register(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
			Model model) {
		access.requireStaff(user, RegisterApi.KEEPERS);
		model.addAttribute("activities", register.activities());
		model.addAttribute("measures", register.securityMeasures().orElse(null));
		model.addAttribute("controllers", register.controllers(PageRequest.of(page, 50)));
		return "register/register";
	}

}
