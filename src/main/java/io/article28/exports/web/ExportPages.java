package io.article28.exports.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.accounts.UserId;
import io.article28.core.NotFoundException;
import io.article28.core.PageRequest;
import io.article28.exports.AccountExport;
import io.article28.exports.ExportManagement;
import io.article28.exports.ExportPart;

/**
 * "Your data": the organization starts an export of all or part of its data, follows it
 * (the page reloads itself while one is being written), and downloads it; below, the
 * deletion of the account and the restriction of processing ({@link DeletionPages}).
 */
@Controller
class ExportPages {

	/** Seconds between reloads of the page while an export is being written. */
	static final int REFRESH_SECONDS = 3;

	/** One line of the history, as the page shows it. */
	record ExportRow(AccountExport export, String startedBy, boolean downloadable, String downloadUrl) {
	}

	private final ExportManagement exports;

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	private final DeletionSection deletion;

	private final Clock clock;

	ExportPages(ExportManagement exports, AccountManagement accounts, OrganizationAccess access,
			DeletionSection deletion, Clock clock) {
		this.deletion = deletion;
		this.exports = exports;
		this.accounts = accounts;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/data")
	String own(@AuthenticationPrincipal CurrentUser user) {
		return user.membership()
			.map(membership -> "redirect:/organizations/" + membership.organizationId() + "/data")
			.orElse("redirect:/staff");
	}

	@GetMapping("/organizations/{orgId}/data")
	String data(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		boolean mayExport = access.mayExport(user, organization);
		var history = exports.exports(organization, PageRequest.of(page, 20));
		var now = clock.instant();
		List<ExportRow> rows = history.items()
			.stream()
			.map(export -> new ExportRow(export, nameOf(export.requestedBy()), mayExport && export.downloadableAt(now),
					"/api/v1/organizations/" + orgId + "/exports/" + export.id() + "/download"))
			.toList();
		if (rows.stream().anyMatch(row -> row.export().inProgress())) {
			response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
			model.addAttribute("running", true);
		}
		model.addAttribute("organizationId", orgId);
		model.addAttribute("parts", ExportPart.values());
		model.addAttribute("history", history);
		model.addAttribute("rows", rows);
		model.addAttribute("mayExport", mayExport);
		model.addAttribute("validityDays", AccountExport.VALIDITY.toDays());
		model.addAttribute("deletion", deletion.of(user, organization));
		return "exports/data";
	}

	@Requires(OrganizationRight.EXPORT)
	@PostMapping("/organizations/{orgId}/exports")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) List<ExportPart> parts, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		exports.request(organization, parts, user.id());
		redirect.addFlashAttribute("notice", "exports.started");
		return "redirect:/organizations/" + orgId + "/data";
	}

	private String nameOf(UserId id) {
		try {
			return accounts.user(id).name();
		}
		catch (NotFoundException ex) {
			return id.toString();
		}
	}

}
