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
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.NotFoundException;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.requests.RequestManagement;
import io.article28.requests.RequestOutcome;
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
		model.addAttribute("conversations",
				list.items()
					.stream()
					.collect(java.util.stream.Collectors.toMap(r -> r.id().toString(),
							r -> RequestViews.Message.of(requests.messages(r.id())))));
		model.addAttribute("attachments",
				list.items()
					.stream()
					.collect(java.util.stream.Collectors.toMap(r -> r.id().toString(),
							r -> AttachmentDownloads.AttachmentView.of(requests.attachments(r.id())))));
		model.addAttribute("organizationId", organization);
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("canHandle", user.membership().map(m -> m.role().manages()).orElse(false));
		model.addAttribute("outcomes", RequestOutcome.values());
		return "requests/inbox";
	}

	record FormError(String form, String field, String message) implements java.io.Serializable {
	}

	@PostMapping("/requests/{id}/extension")
	String extend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int months, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return handle(user, id, "requests.extended", redirect,
				organization -> requests.extend(organization, id, months, reason, user.id()));
	}

	@PostMapping("/requests/{id}/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) RequestOutcome outcome, @RequestParam(required = false) String message,
			RedirectAttributes redirect) {
		return handle(user, id, "requests.answeredNotice", redirect,
				organization -> requests.answer(organization, id, outcome, message, user.id()));
	}

	@PostMapping("/requests/{id}/messages")
	String write(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String message,
			@RequestParam(defaultValue = "false") boolean asksForInformation, RedirectAttributes redirect) {
		return handle(user, id, "requests.written", redirect, organization -> requests
			.addControllerMessage(organization, id, message, asksForInformation, user.id()));
	}

	@PostMapping("/requests/{id}/attachments")
	String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes redirect) {
		return handle(user, id, "requests.attached", redirect, organization -> {
			try {
				requests.attach(organization, id, file == null ? null : file.getOriginalFilename(),
						file == null ? null : file.getContentType(), file == null ? null : file.getBytes());
			}
			catch (java.io.IOException ex) {
				throw RejectedException.invalid("file", "the file could not be read; send it again");
			}
		});
	}

	@PostMapping("/requests/{id}/closing")
	String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return handle(user, id, "requests.closed", redirect, organization -> requests.close(organization, id));
	}

	private String handle(CurrentUser user, UUID id, String notice, RedirectAttributes redirect,
			java.util.function.Consumer<OrganizationId> step) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new NotFoundException("Organization"))
			.organizationId();
		access.requireOwnManager(user, organization);
		try {
			step.accept(organization);
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError(id.toString(), ex.field(), ex.getMessage()));
		}
		return "redirect:/requests#request-" + id;
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

	/**
	 * The staff's queues: the requests about the provider (its DPOs handle them), those
	 * whose app is to be found ({@code unassigned}: support assigns them), and the
	 * escalated requests of every organization (support follows them up).
	 */
	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN, StaffRole.SUPPORT })
	@GetMapping("/staff/requests")
	String providerQueue(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "false") boolean escalated,
			@RequestParam(defaultValue = "false") boolean unassigned,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageRequest request = PageRequest.of(page, 20);
		var list = (unassigned ? requests.awaitingApp(request)
				: escalated ? requests.escalated(request) : requests.aboutProvider(null, overdue, request))
			.map(found -> RequestViews.ForController.of(found, requests.today()));
		boolean supports = user.hasStaffRole(StaffRole.SUPPORT) || user.hasStaffRole(StaffRole.ADMIN);
		model.addAttribute("requests", list);
		model.addAttribute("escalated", escalated && !unassigned);
		model.addAttribute("unassigned", unassigned);
		model.addAttribute("overdue", overdue);
		model.addAttribute("mayFollowUp", supports);
		model.addAttribute("mayAssign", unassigned && supports);
		model.addAttribute("mayHandle", !escalated && !unassigned && user.hasStaffRole(StaffRole.DPO));
		model.addAttribute("outcomes", RequestOutcome.values());
		return "requests/staff-queue";
	}

	/**
	 * The provider takes more time on a request about itself, as a customer would: once,
	 * by one or two months, with a reason the person is told, within the first month.
	 */
	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/requests/{id}/extension")
	String extendForProvider(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int months, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return handleForProvider(id, "requests.extended", redirect,
				() -> requests.extend(null, id, months, reason, user.id()));
	}

	/** Support found the app of a request the person could not name. */
	@StaffOnly({ StaffRole.SUPPORT, StaffRole.ADMIN })
	@PostMapping("/staff/requests/{id}/assignment")
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String app, RedirectAttributes redirect) {
		return handleInStaffQueue(id, "requests.assigned", "/staff/requests?unassigned=true", redirect,
				() -> requests.assign(id, app, user.id()));
	}

	/** The provider's DPOs handle the requests about the provider itself. */
	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/requests/{id}/acknowledgement")
	String acknowledgeForProvider(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			RedirectAttributes redirect) {
		return handleForProvider(id, "requests.acknowledged", redirect,
				() -> requests.acknowledge(null, id, user.id()));
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/requests/{id}/answer")
	String answerForProvider(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) RequestOutcome outcome, @RequestParam(required = false) String message,
			RedirectAttributes redirect) {
		return handleForProvider(id, "requests.answeredNotice", redirect,
				() -> requests.answer(null, id, outcome, message, user.id()));
	}

	private String handleForProvider(UUID id, String notice, RedirectAttributes redirect, Runnable step) {
		return handleInStaffQueue(id, notice, "/staff/requests", redirect, step);
	}

	/**
	 * A staff step on one request: its notice, or its refusal shown next to the request,
	 * back in the queue.
	 */
	private String handleInStaffQueue(UUID id, String notice, String queue, RedirectAttributes redirect,
			Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError(id.toString(), ex.field(), ex.getMessage()));
		}
		return "redirect:" + queue;
	}

	@StaffOnly({ StaffRole.SUPPORT, StaffRole.ADMIN })
	@PostMapping("/staff/requests/{id}/follow-up")
	String followUp(@PathVariable UUID id, @RequestParam(required = false) RequestManagement.FollowUp action,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return handleInStaffQueue(id, "requests.followedUp", "/staff/requests?escalated=true", redirect,
				() -> requests.followUp(id, action, note));
	}

}
