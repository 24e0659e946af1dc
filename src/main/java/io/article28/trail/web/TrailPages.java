package io.article28.trail.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.trail.TrailEntry;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

/**
 * The trail as pages: the customer's own entries, and the staff view with the chain's
 * verification.
 */
@Controller
class TrailPages {

	private static final int PAGE_SIZE = 50;

	/** The filter as the form shows it back. */
	record FilterForm(String organization, String action, LocalDate from, LocalDate to, boolean deliveries) {
	}

	private final TrailManagement trail;

	private final OrganizationAccess access;

	private final TrailRows rows;

	TrailPages(TrailManagement trail, TrailRows rows, OrganizationAccess access) {
		this.trail = trail;
		this.rows = rows;
		this.access = access;
	}

	@GetMapping("/trail")
	String own(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean deliveries, @RequestParam(defaultValue = "0") int page,
			Model model) {
		if (user.membership().isEmpty()) {
			return "redirect:/staff/trail";
		}
		OrganizationId organization = user.membership().get().organizationId();
		access.requireReader(user, organization);
		show(organization, action, from, to, deliveries, page, false, model);
		model.addAttribute("exportUrl",
				ServletUriComponentsBuilder.fromCurrentRequest()
					.replacePath("/api/v1/organizations/" + organization + "/trail/export")
					.replaceQueryParam("page")
					.toUriString());
		return "trail/entries";
	}

	@GetMapping("/staff/trail")
	String staff(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID organization,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean deliveries, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean verify, Model model) {
		show(organization == null ? null : new OrganizationId(organization), action, from, to, deliveries, page, true,
				model);
		model.addAttribute("staffView", true);
		model.addAttribute("canVerify", user.hasStaffRole(StaffRole.ADMIN) || user.hasStaffRole(StaffRole.DPO)
				|| user.hasStaffRole(StaffRole.SECURITY));
		if (verify) {
			access.requireStaff(user, StaffRole.ADMIN, StaffRole.DPO, StaffRole.SECURITY);
			model.addAttribute("verification", trail.verify());
		}
		model.addAttribute("exportUrl",
				ServletUriComponentsBuilder.fromCurrentRequest()
					.replacePath("/api/v1/trail/export")
					.replaceQueryParam("page")
					.replaceQueryParam("verify")
					.toUriString());
		return "trail/entries";
	}

	private void show(OrganizationId organization, String action, LocalDate from, LocalDate to, boolean deliveries,
			int page, boolean staffView, Model model) {
		model.addAttribute("filter",
				new FilterForm(organization == null ? "" : organization.toString(), action, from, to, deliveries));
		try {
			Page<TrailEntry> entries = trail.entries(new TrailFilter(organization, action, from, to, deliveries),
					PageRequest.of(page, PAGE_SIZE));
			model.addAttribute("entries", entries);
			model.addAttribute("rows", rows.of(entries.items(), staffView));
		}
		catch (RejectedException ex) {
			model.addAttribute("filterError", ex.getMessage());
			model.addAttribute("entries", new Page<TrailEntry>(List.of(), 0, PAGE_SIZE, 0));
			model.addAttribute("rows", List.of());
		}
	}

}
