package io.article28.requests.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.requests.RequestManagement;
import io.article28.requests.RequestOutcome;
import io.article28.requests.RequestStatus;

/** The rights requests about an organization's apps, for the organization to handle. */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/requests")
class RequestApi {

	private final RequestManagement requests;

	private final OrganizationAccess access;

	RequestApi(RequestManagement requests, OrganizationAccess access) {
		this.requests = requests;
		this.access = access;
	}

	@GetMapping
	Page<RequestViews.ForController> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) RequestStatus status, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return requests.received(organization, status, overdue, PageRequest.of(page, size))
			.map(request -> RequestViews.ForController.of(request, requests.today()));
	}

	@GetMapping("/{id}")
	RequestViews.ForController one(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return RequestViews.ForController.of(requests.request(organization, id), requests.today());
	}

	record ExtensionRequest(Integer months, String reason) {
	}

	record AnswerRequest(RequestOutcome outcome, String message) {
	}

	record MessageRequest(String message, boolean asksForInformation) {
	}

	/** Attaches a file to the answer; the person downloads it through its link. */
	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentDownloads.AttachmentView> attach(@PathVariable UUID orgId, @PathVariable UUID id,
			@RequestParam("file") MultipartFile file) throws IOException {
		OrganizationId organization = new OrganizationId(orgId);
		var attachment = requests.attach(organization, id, file.getOriginalFilename(), file.getContentType(),
				file.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(AttachmentDownloads.AttachmentView.of(List.of(attachment)).get(0));
	}

	@GetMapping("/{id}/attachments")
	List<AttachmentDownloads.AttachmentView> attachments(@AuthenticationPrincipal CurrentUser user,
			@PathVariable UUID orgId, @PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		requests.request(organization, id);
		return AttachmentDownloads.AttachmentView.of(requests.attachments(id));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @PathVariable UUID attachmentId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return AttachmentDownloads.download(requests.attachment(organization, id, attachmentId));
	}

	/** The conversation with the person. */
	@GetMapping("/{id}/messages")
	List<RequestViews.Message> messages(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		requests.request(organization, id);
		return RequestViews.Message.of(requests.messages(id));
	}

	/**
	 * Writes to the person, possibly to ask for more information; the month keeps
	 * running.
	 */
	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/{id}/messages")
	ResponseEntity<List<RequestViews.Message>> write(@AuthenticationPrincipal CurrentUser user,
			@PathVariable UUID orgId, @PathVariable UUID id, @RequestBody MessageRequest message) {
		OrganizationId organization = new OrganizationId(orgId);
		requests.addControllerMessage(organization, id, message.message(), message.asksForInformation(), user.id());
		return ResponseEntity.status(HttpStatus.CREATED).body(RequestViews.Message.of(requests.messages(id)));
	}

	/**
	 * One or two further months, with the reason the person is told; once, within the
	 * first month.
	 */
	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/{id}/extension")
	RequestViews.ForController extend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody ExtensionRequest extension) {
		OrganizationId organization = new OrganizationId(orgId);
		int months = extension.months() == null ? 0 : extension.months();
		return RequestViews.ForController.of(requests.extend(organization, id, months, extension.reason(), user.id()),
				requests.today());
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/{id}/answer")
	RequestViews.ForController answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id, @RequestBody AnswerRequest answer) {
		OrganizationId organization = new OrganizationId(orgId);
		return RequestViews.ForController
			.of(requests.answer(organization, id, answer.outcome(), answer.message(), user.id()), requests.today());
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/{id}/closing")
	RequestViews.ForController close(@PathVariable UUID orgId, @PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		return RequestViews.ForController.of(requests.close(organization, id), requests.today());
	}

	/** The organization has the request in hand: an OWNER or ADMIN of its own says so. */
	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/{id}/acknowledgement")
	RequestViews.ForController acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID id) {
		OrganizationId organization = new OrganizationId(orgId);
		return RequestViews.ForController.of(requests.acknowledge(organization, id, user.id()), requests.today());
	}

}
