package io.article28.register.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.LegalCalendar;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.register.AuthorityAccess;
import io.article28.register.AuthorityAccessManagement;
import io.article28.register.RegisterManagement;
import io.article28.register.SecurityMeasures;

/**
 * The register of processing on screen for the provider's DPOs and administrators: the
 * activities, the security measures, the controllers a page at a time, the exports; and
 * for the DPOs, the forms that keep the activities and measures
 * ({@link ProcessingActivityPages}) and the links they issue to supervisory authorities.
 */
@Controller
class RegisterPages {

	private final RegisterManagement register;

	private final OrganizationAccess access;

	private final AuthorityAccessManagement accesses;

	private final Clock clock;

	private final String baseUrl;

	private final RegisterDownloads downloads;

	RegisterPages(RegisterManagement register, OrganizationAccess access, AuthorityAccessManagement accesses,
			Clock clock, @Value("${article28.base-url}") String baseUrl, RegisterDownloads downloads) {
		this.register = register;
		this.access = access;
		this.accesses = accesses;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.downloads = downloads;
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/register")
	String register(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("activities", register.activities());
		SecurityMeasures measures = register.securityMeasures().orElse(null);
		model.addAttribute("measures", measures);
		model.addAttribute("controllers", register.controllers(PageRequest.of(page, 50)));
		boolean issuer = user.hasStaffRole(StaffRole.DPO);
		model.addAttribute("mayIssue", issuer);
		model.addAttribute("mayEdit", issuer);
		if (!model.containsAttribute("measuresForm")) {
			model.addAttribute("measuresForm", measures == null ? "" : measures.description());
		}
		model.addAttribute("accesses", issuer ? accesses.accesses() : List.of());
		model.addAttribute("pdfMax", downloads.pdfMaxControllers());
		model.addAttribute("now", clock.instant());
		model.addAttribute("maxDays", AuthorityAccess.MAX_VALIDITY.toDays());
		return "register/register";
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/register/authority-access")
	String issue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String authority,
			@RequestParam(required = false) String expiresOn, RedirectAttributes redirect) {
		try {
			AuthorityAccess.Issued issued = accesses.issue(authority, endOf(expiresOn), user.id());
			redirect.addFlashAttribute("issuedLink", AuthorityAccessApi.link(baseUrl, issued.token()));
			redirect.addFlashAttribute("notice", "processingRegister.access.issued");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError("access", ex.field(), ex.getMessage()));
		}
		return "redirect:/staff/register#authority-access";
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/register/authority-access/{id}/revocation")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			accesses.revoke(id, user.id());
			redirect.addFlashAttribute("notice", "processingRegister.access.revoked");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError("access", ex.field(), ex.getMessage()));
		}
		return "redirect:/staff/register#authority-access";
	}

	/** The access ends at the end of the chosen day, on the provider's calendar. */
	private static Instant endOf(String day) {
		if (day == null || day.isBlank()) {
			throw RejectedException.invalid("expiresAt", "choose the last day of the access");
		}
		try {
			return LocalDate.parse(day.strip()).plusDays(1).atStartOfDay(LegalCalendar.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw RejectedException.invalid("expiresAt", "must be a day such as 2026-12-31");
		}
	}

	record FormError(String form, String field, String message) implements java.io.Serializable {
	}

}
