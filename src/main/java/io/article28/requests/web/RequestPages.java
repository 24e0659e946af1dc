package io.article28.requests.web;

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
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffRole;
import io.article28.core.NotFoundException;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.requests.RequestManagement;
import io.article28.requests.RequestStatus;

/**
 * The customer's inbox of rights requests, the most urgent first with their countdown,
 * and the staff DPOs' queue of requests about the provider itself.
 */
@Controller
class RequestPages {

	private final RequestManagement requests;

	private final OrganizationAccess access;

	RequestPages(RequestManagement requests, OrganizationAccess access) {
		this.requests = requests;
		this.access = access;
	}

	@GetMapping("/requests")
	String inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) RequestStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new NotFoundException("Organization"))
			.organizationId();
		access.requireReader(user, organization);
		var list = requests.received(organization, status, overdue, PageRequest.of(page, 20))
			.map(request -> RequestViews.ForController.of(request, requests.today()));
		model.addAttribute("requests", list);
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("canHandle", user.membership().map(m -> m.role().manages()).orElse(false));
		return "requests/inbox";
	}

	@PostMapping("/requests/{id}/acknowledgement")
	String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new NotFoundException("Organization"))
			.organizationId();
		access.requireOwnManager(user, organization);
		try {
			requests.acknowledge(organization, id, user.id());
			redirect.addFlashAttribute("notice", "requests.acknowledged");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("notice", "requests.notAcknowledged");
		}
		return "redirect:/requests#request-" + id;
	}

	@GetMapping("/staff/requests")
	String providerQueue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		access.requireStaff(user, StaffRole.DPO, StaffRole.ADMIN, StaffRole.SUPPORT);
		var list = requests.aboutProvider(null, overdue, PageRequest.of(page, 20))
			.map(request -> RequestViews.ForController.of(request, requests.today()));
		model.addAttribute("requests", list);
		model.addAttribute("overdue", overdue);
		return "requests/staff-queue";
	}

}
