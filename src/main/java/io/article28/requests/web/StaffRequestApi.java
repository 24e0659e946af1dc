package io.article28.requests.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.requests.RequestManagement;
import io.article28.requests.RequestOutcome;

/**
 * The provider's side: the requests about the provider itself, and the escalated ones of
 * every organization, which its support follows up.
 */
@RestController
@RequestMapping("/api/v1/requests")
class StaffRequestApi {

	record FollowUpRequest(RequestManagement.FollowUp action, String note) {
	}

	/** Requests about the provider itself belong to no organization. */
	private static final io.article28.accounts.OrganizationId PROVIDER = null;

	private final RequestManagement requests;

	StaffRequestApi(RequestManagement requests) {
		this.requests = requests;
	}

	/**
	 * {@code escalated=true}: the escalated requests of every organization;
	 * {@code unassigned=true}: those whose app the person could not name; otherwise those
	 * about the provider.
	 */
	@StaffOnly({ StaffRole.SUPPORT, StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping
	Page<RequestViews.ForController> list(@RequestParam(defaultValue = "false") boolean escalated,
			@RequestParam(defaultValue = "false") boolean unassigned,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size);
		return (unassigned ? requests.awaitingApp(request)
				: escalated ? requests.escalated(request) : requests.aboutProvider(null, overdue, request))
			.map(found -> RequestViews.ForController.of(found, requests.today()));
	}

	record AssignmentRequest(String app) {
	}

	/**
	 * Support found the app of a request the person could not name: the request goes to
	 * the app's owner, with the same due day.
	 */
	@StaffOnly({ StaffRole.SUPPORT, StaffRole.ADMIN })
	@PostMapping("/{id}/assignment")
	RequestViews.ForController assign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AssignmentRequest assignment) {
		return RequestViews.ForController.of(requests.assign(id, assignment.app(), user.id()), requests.today());
	}

	record ExtensionRequest(Integer months, String reason) {
	}

	record AnswerRequest(RequestOutcome outcome, String message) {
	}

	/** The provider is the controller of a request about itself: its DPOs handle it. */
	@StaffOnly(StaffRole.DPO)
	@PostMapping("/{id}/acknowledgement")
	RequestViews.ForController acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return RequestViews.ForController.of(requests.acknowledge(PROVIDER, id, user.id()), requests.today());
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/{id}/extension")
	RequestViews.ForController extend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody ExtensionRequest extension) {
		int months = extension.months() == null ? 0 : extension.months();
		return RequestViews.ForController.of(requests.extend(PROVIDER, id, months, extension.reason(), user.id()),
				requests.today());
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/{id}/answer")
	RequestViews.ForController answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody AnswerRequest answer) {
		return RequestViews.ForController
			.of(requests.answer(PROVIDER, id, answer.outcome(), answer.message(), user.id()), requests.today());
	}

	@StaffOnly({ StaffRole.SUPPORT, StaffRole.ADMIN })
	@PostMapping("/{id}/follow-up")
	RequestViews.ForController followUp(@PathVariable UUID id, @RequestBody FollowUpRequest followUp) {
		return RequestViews.ForController.of(requests.followUp(id, followUp.action(), followUp.note()),
				requests.today());
	}

}
