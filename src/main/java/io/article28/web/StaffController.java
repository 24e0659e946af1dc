package io.article28.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.article28.accounts.AccountManagement;
import io.article28.core.PageRequest;
import io.article28.platform.PlatformManagement;

/** The staff area's front page: the provider's profile and where to go next. */
@Controller
class StaffController {

	private final AccountManagement accounts;

	private final PlatformManagement platform;

	StaffController(AccountManagement accounts, PlatformManagement platform) {
		this.accounts = accounts;
		this.platform = platform;
	}

	@GetMapping("/staff")
	String home(Model model) {
		model.addAttribute("provider", platform.providerProfile().orElse(null));
		model.addAttribute("organizationCount", accounts.organizations(PageRequest.of(0, 1)).totalItems());
		model.addAttribute("regionCount", platform.regions().size());
		model.addAttribute("staff", accounts.staff(PageRequest.of(0, PageRequest.MAX_SIZE)).items());
		return "staff/home";
	}

}
