package io.article28.incidents.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
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

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.incidents.DemandStatus;
import io.article28.incidents.DemandType;
import io.article28.incidents.GovernmentDemand;
import io.article28.incidents.GovernmentDemandManagement;
import io.article28.incidents.NewGovernmentDemand;

/**
 * The register of government demands and a demand's page, for the provider's staff; and
 * the demands a customer has been told of. Forms name organizations by name, one a line.
 */
@Controller
class GovernmentDemandPages {

	/** What the registration form sends, as typed: shown again when it is refused. */
	record RegistrationForm(String authority, String type, String receivedOn, String reference, String dataConcerned,
			String organizations, String notice, String withheldReason,
			String legalBasis) implements java.io.Serializable {
	}

	private final GovernmentDemandManagement demands;

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	GovernmentDemandPages(GovernmentDemandManagement demands, AccountManagement accounts, OrganizationAccess access) {
		this.demands = demands;
		this.accounts = accounts;
		this.access = access;
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN, StaffRole.SECURITY })
	@GetMapping("/staff/government-demands")
	String register(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) DemandStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<GovernmentDemand> found = demands.demands(status, PageRequest.of(page, 20));
		var names = demands.organizationNames(
				new HashSet<>(found.items().stream().flatMap(demand -> demand.organizations().stream()).toList()));
		model.addAttribute("demands", found.map(demand -> GovernmentDemandViews.Detail.of(demand, names)));
		model.addAttribute("status", status);
		model.addAttribute("statuses", DemandStatus.values());
		model.addAttribute("types", DemandType.values());
		model.addAttribute("today", demands.today());
		model.addAttribute("mayWrite", mayWrite(user));
		return "incidents/government-demands";
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/government-demands")
	String registerDemand(@AuthenticationPrincipal CurrentUser user, RegistrationForm form,
			RedirectAttributes redirect) {
		try {
			GovernmentDemand demand = demands.register(
					new NewGovernmentDemand(form.authority(), type(form.type()), date("receivedOn", form.receivedOn()),
							form.reference(), form.dataConcerned(), organizations(form.organizations()),
							decision(form.notice()), form.withheldReason(), form.legalBasis()),
					user.id());
			redirect.addFlashAttribute("notice",
					"governmentDemands.registered." + (demand.notice().told() ? "notified" : "withheld"));
			return "redirect:/staff/government-demands/" + demand.id();
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError",
					new IncidentPages.FormError("register", ex.field(), ex.getMessage()));
			redirect.addFlashAttribute("form", form);
			return "redirect:/staff/government-demands#register";
		}
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN, StaffRole.SECURITY })
	@GetMapping("/staff/government-demands/{id}")
	String demand(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		GovernmentDemand demand = demands.demand(id);
		model.addAttribute("demand", GovernmentDemandViews.Detail.of(demand,
				demands.organizationNames(new HashSet<>(demand.organizations()))));
		model.addAttribute("registered", demand.organizations().size());
		model.addAttribute("today", demands.today());
		model.addAttribute("mayWrite", mayWrite(user));
		return "incidents/government-demand";
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/government-demands/{id}/disclosure")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String disclosed, @RequestParam(required = false) String details,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return handle(id, "answer", "governmentDemands.answered", redirect, () -> {
			if ("true".equals(disclosed)) {
				demands.recordDisclosure(id, details, date("on", on), user.id());
			}
			else if ("false".equals(disclosed)) {
				demands.recordNothingDisclosed(id, details, date("on", on), user.id());
			}
			else {
				throw RejectedException.invalid("disclosed", "say whether anything was disclosed");
			}
		});
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/government-demands/{id}/lifting")
	String lift(@PathVariable UUID id, RedirectAttributes redirect) {
		return handle(id, "lift", "governmentDemands.lifted", redirect, () -> demands.liftProhibition(id));
	}

	@GetMapping("/government-demands")
	String toldTo(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new NotFoundException("Organization"))
			.organizationId();
		access.requireReader(user, organization);
		model.addAttribute("demands",
				demands.toldTo(organization, PageRequest.of(page, 20)).map(GovernmentDemandViews.ForCustomer::of));
		return "incidents/told-demands";
	}

	private String handle(UUID id, String form, String notice, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new IncidentPages.FormError(form, ex.field(), ex.getMessage()));
		}
		return "redirect:/staff/government-demands/" + id;
	}

	private static boolean mayWrite(CurrentUser user) {
		return user.hasStaffRole(StaffRole.DPO) || user.hasStaffRole(StaffRole.ADMIN);
	}

	/** The organizations named in the form, one a line, each of which must exist. */
	private List<OrganizationId> organizations(String names) {
		if (names == null) {
			return List.of();
		}
		return Arrays.stream(names.split("\\R"))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.map(name -> accounts.organizationNamed(name)
				.map(Organization::id)
				.orElseThrow(() -> RejectedException.invalid("organizations", "no organization is named " + name)))
			.toList();
	}

	private static DemandType type(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return DemandType.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static NewGovernmentDemand.Decision decision(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return NewGovernmentDemand.Decision.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			throw RejectedException.invalid(field, "must be a date");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw RejectedException.invalid(field, "must be a date such as 2026-11-23");
		}
	}

}
