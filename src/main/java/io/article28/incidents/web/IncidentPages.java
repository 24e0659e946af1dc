package io.article28.incidents.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.datastores.DataStoreId;
import io.article28.incidents.AffectedOrganization;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.BreachScope;
import io.article28.incidents.IncidentManagement;
import io.article28.incidents.IncidentSeverity;
import io.article28.incidents.IncidentStatus;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;
import io.article28.platform.Region;

/**
 * The incident board, an incident's page and the breach register, for the provider's
 * staff; forms take their times in UTC and their lists one item a line.
 */
@Controller
class IncidentPages {

	record FormError(String form, String field, String message) implements java.io.Serializable {
	}

	/** What the breach form sends, as typed. */
	record BreachForm(String breach, String reason, List<String> regions, String apps, String dataStores,
			String dataStoreIds, String windowFrom, String windowTo, String dataCategories, String approximatePeople,
			String approximateRecords, String consequences, String measures) {
	}

	/** The affected organizations listed on the page; the count says how many more. */
	static final int AFFECTED_SHOWN = 100;

	private final IncidentManagement incidents;

	private final BreachManagement breaches;

	private final PlatformManagement platform;

	IncidentPages(IncidentManagement incidents, BreachManagement breaches, PlatformManagement platform) {
		this.incidents = incidents;
		this.breaches = breaches;
		this.platform = platform;
	}

	@StaffOnly({ StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/incidents")
	String board(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) IncidentStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("incidents",
				incidents.incidents(status, PageRequest.of(page, 20)).map(IncidentViews.Summary::of));
		model.addAttribute("status", status);
		model.addAttribute("statuses", IncidentStatus.values());
		model.addAttribute("severities", IncidentSeverity.values());
		model.addAttribute("mayWrite", user.hasStaffRole(StaffRole.SECURITY));
		return "incidents/board";
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/staff/incidents")
	String declare(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String title,
			@RequestParam(required = false) String description,
			@RequestParam(required = false) IncidentSeverity severity,
			@RequestParam(required = false) String detectedAt, @RequestParam(required = false) String awareAt,
			RedirectAttributes redirect) {
		try {
			var incident = incidents.declare(title, description, severity, FormValues.instant("detectedAt", detectedAt),
					FormValues.instant("awareAt", awareAt), user.id());
			redirect.addFlashAttribute("notice", "incidents.declared");
			return "redirect:/staff/incidents/" + incident.id();
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError("declare", ex.field(), ex.getMessage()));
			return "redirect:/staff/incidents";
		}
	}

	@StaffOnly({ StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/incidents/{id}")
	String incident(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("incident", IncidentViews.Detail.of(incidents.incident(id)));
		Page<AffectedOrganization> affected = incidents.affectedOrganizations(id, PageRequest.of(0, AFFECTED_SHOWN));
		model.addAttribute("affected", affected.items().stream().map(IncidentViews.Affected::of).toList());
		model.addAttribute("affectedCount", affected.totalItems());
		model.addAttribute("scopeStores", incidents.scopeStores(id));
		List<BreachViews.Notification> notifications = breaches.notifications(id)
			.stream()
			.map(BreachViews.Notification::of)
			.toList();
		model.addAttribute("notifications", notifications);
		model.addAttribute("notifying", notifications.stream().anyMatch(n -> !"DONE".equals(n.status())));
		model.addAttribute("followUps", breaches.followUps(id));
		model.addAttribute("regions", platform.regions().stream().map(Region::code).toList());
		model.addAttribute("mayWrite", user.hasStaffRole(StaffRole.SECURITY));
		return "incidents/incident";
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/staff/incidents/{id}/updates")
	String addUpdate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, @RequestParam(required = false) String at,
			RedirectAttributes redirect) {
		return handle(id, "update", "incidents.updated", redirect, () -> incidents.addUpdate(id, text,
				at == null || at.isBlank() ? null : FormValues.instant("at", at), user.id()));
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/staff/incidents/{id}/breach")
	String assess(@PathVariable UUID id, BreachForm form, RedirectAttributes redirect) {
		return handle(id, "breach", "incidents.assessed", redirect, () -> {
			if ("false".equals(form.breach())) {
				incidents.assessAsNotABreach(id, form.reason());
			}
			else if ("true".equals(form.breach())) {
				incidents.assessAsBreach(id,
						new BreachScope(form.regions(), lines(form.apps()).stream().map(this::app).toList(),
								lines(form.dataStores()), lines(form.dataStoreIds()).stream().map(this::store).toList(),
								FormValues.instant("windowFrom", form.windowFrom()),
								form.windowTo() == null || form.windowTo().isBlank() ? null
										: FormValues.instant("windowTo", form.windowTo()),
								lines(form.dataCategories()),
								FormValues.count("approximatePeople", form.approximatePeople()),
								FormValues.count("approximateRecords", form.approximateRecords()), form.consequences(),
								form.measures()));
			}
			else {
				throw RejectedException.invalid("breach", "say whether the incident is a personal data breach");
			}
		});
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/staff/incidents/{id}/notifications")
	String notifyAffected(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			RedirectAttributes redirect) {
		return handle(id, "notify", "incidents.notifying", redirect, () -> breaches.notifyAffected(id, user.id()));
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/staff/incidents/{id}/follow-ups")
	String addFollowUp(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return handle(id, "followUp", "incidents.followUpQueued", redirect,
				() -> breaches.addFollowUp(id, text, user.id()));
	}

	@StaffOnly(StaffRole.SECURITY)
	@PostMapping("/staff/incidents/{id}/closing")
	String close(@PathVariable UUID id, @RequestParam(required = false) String rootCause,
			@RequestParam(required = false) String remediation, RedirectAttributes redirect) {
		return handle(id, "close", "incidents.closed", redirect, () -> incidents.close(id, rootCause, remediation));
	}

	@StaffOnly({ StaffRole.SECURITY, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/breach-register")
	String register(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries",
				IncidentViews.RegisterEntry.of(incidents.breachRegister(PageRequest.of(page, 20)), breaches));
		return "incidents/register";
	}

	private String handle(UUID id, String form, String notice, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError(form, ex.field(), ex.getMessage()));
		}
		return "redirect:/staff/incidents/" + id;
	}

	private io.article28.platform.AppId app(String name) {
		return platform.appNamed(name)
			.map(App::id)
			.orElseThrow(() -> RejectedException.invalid("apps", "no such app on the platform: " + name));
	}

	private DataStoreId store(String id) {
		try {
			return new DataStoreId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw RejectedException.invalid("dataStoreIds", "each line the id of a data store: " + id);
		}
	}

	private static List<String> lines(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
