package io.article28.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.article28.accounts.AccountManagement;
import io.article28.agreements.AgreementManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRole;
import io.article28.accounts.StaffRole;
import io.article28.core.PageRequest;
import io.article28.notifications.NotificationManagement;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;
import io.article28.incidents.BreachManagement;
import io.article28.requests.RequestManagement;
import io.article28.platform.Region;

/**
 * An organization's dashboard: the customer sees its own; staff see any from the staff
 * area. It composes accounts (organization, DPO, members) and platform (apps by region,
 * invoices).
 */
@Controller
class DashboardController {

	private static final int PAGE_SIZE = 20;

	private static final int INBOX_SHOWN = 10;

	/** The apps of one region, with the region's description. */
	record RegionApps(Region region, List<App> apps) {
	}

	private final AccountManagement accounts;

	private final PlatformManagement platform;

	private final OrganizationAccess access;

	private final NotificationManagement notifications;

	private final RequestManagement requests;

	private final AgreementManagement agreements;

	private final BreachManagement breaches;

	private final Clock clock;

	DashboardController(AccountManagement accounts, PlatformManagement platform, OrganizationAccess access,
			NotificationManagement notifications, RequestManagement requests, BreachManagement breaches,
			AgreementManagement agreements, Clock clock) {
		this.agreements = agreements;
		this.requests = requests;
		this.breaches = breaches;
		this.clock = clock;
		this.accounts = accounts;
		this.platform = platform;
		this.access = access;
		this.notifications = notifications;
	}

	@GetMapping("/dashboard")
	String own(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int membersPage,
			@RequestParam(defaultValue = "0") int invoicesPage, Model model) {
		if (user.membership().isEmpty()) {
			return "redirect:/staff";
		}
		return show(user, user.membership().get().organizationId(), membersPage, invoicesPage, model);
	}

	@GetMapping("/staff/organizations/{orgId}")
	String forStaff(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(defaultValue = "0") int membersPage, @RequestParam(defaultValue = "0") int invoicesPage,
			Model model) {
		return show(user, new OrganizationId(orgId), membersPage, invoicesPage, model);
	}

	private String show(CurrentUser user, OrganizationId id, int membersPage, int invoicesPage, Model model) {
		access.requireReader(user, id);
		Organization organization = accounts.organization(id);
		model.addAttribute("organization", organization);
		model.addAttribute("staffView", user.isStaff());
		model.addAttribute("canManage", canManage(user));
		model.addAttribute("members", accounts.members(id, PageRequest.of(membersPage, PAGE_SIZE)));
		model.addAttribute("invoices", platform.invoices(id, PageRequest.of(invoicesPage, PAGE_SIZE)));
		model.addAttribute("appsByRegion", appsByRegion(id));
		model.addAttribute("roles", OrganizationRole.values());
		model.addAttribute("hasUnpaidInvoices", platform.hasUnpaidInvoices(id));
		model.addAttribute("inbox", notifications.inbox(id, PageRequest.of(0, INBOX_SHOWN)));
		model.addAttribute("unread", notifications.unread(id));
		model.addAttribute("webhook", notifications.webhook(id).orElse(null));
		RequestManagement.Counts waiting = requests.counts(id);
		model.addAttribute("openRequests", waiting.open());
		model.addAttribute("overdueRequests", waiting.overdue());
		BreachManagement.Pending pending = breaches.pending(id);
		model.addAttribute("pendingBreaches", pending);
		model.addAttribute("dpaStatus", agreements.status(id));
		model.addAttribute("breachDeadlinePassed",
				pending.nearestDeadline() != null && pending.nearestDeadline().isBefore(clock.instant()));
		return "dashboard";
	}

	private static boolean canManage(CurrentUser user) {
		return user.hasStaffRole(StaffRole.ADMIN) || user.membership().map(m -> m.role().manages()).orElse(false);
	}

	private List<RegionApps> appsByRegion(OrganizationId id) {
		List<App> apps = platform.apps(id, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
		Map<String, Region> regions = new LinkedHashMap<>();
		platform.regions().forEach(region -> regions.put(region.code(), region));
		return regions.values()
			.stream()
			.map(region -> new RegionApps(region,
					apps.stream().filter(app -> app.regionCode().equals(region.code())).toList()))
			.filter(group -> !group.apps().isEmpty())
			.toList();
	}

}
