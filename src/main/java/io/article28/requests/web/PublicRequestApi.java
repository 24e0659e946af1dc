package io.article28.requests.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.platform.PlatformManagement;
import io.article28.requests.RequestAbout;
import io.article28.requests.RequestManagement;
import io.article28.requests.RequestRight;
import io.article28.requests.RightsRequest;

/**
 * The public side of rights requests, without an account: file one, confirm it with the
 * link mailed to the person, follow it with the private status link, and look up the name
 * of an app.
 */
@RestController
@RequestMapping("/api/v1/public")
class PublicRequestApi {

	/**
	 * A request as filed: {@code about} is APP (the app named), PROVIDER or UNKNOWN_APP
	 * (the provider's support finds the app; {@code app} may say what the person knows of
	 * it); without it, an app when one is named, the provider otherwise. {@code website}
	 * is a trap left empty by people and filled by bots.
	 */
	record RequestForm(RequestAbout about, String app, RequestRight right, String email, String details,
			String website) {
	}

	record Filed(UUID id, String status, String message) {
	}

	record Confirmation(String token) {
	}

	record ConfirmedView(RequestViews.ForRequester request, String statusToken) {
	}

	private final RequestManagement requests;

	private final PlatformManagement platform;

	PublicRequestApi(RequestManagement requests, PlatformManagement platform) {
		this.requests = requests;
		this.platform = platform;
	}

	@PostMapping("/requests")
	ResponseEntity<Filed> file(@RequestBody RequestForm form, HttpServletRequest http) {
		String message = "Check your mailbox: nothing is forwarded until you confirm with the link we sent.";
		if (PublicRequestPages.isBot(form.website())) {
			// Answered like any request, so that a bot learns nothing; nothing is kept.
			return ResponseEntity.accepted().body(new Filed(UUID.randomUUID(), "UNCONFIRMED", message));
		}
		RightsRequest request = requests.submit(
				new RequestManagement.NewRequest(form.about(), form.app(), form.right(), form.email(), form.details()),
				http.getRemoteAddr());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/public/requests/" + request.id()))
			.body(new Filed(request.id(), request.status().name(), message));
	}

	@PostMapping("/requests/{id}/confirmation")
	ConfirmedView confirm(@PathVariable UUID id, @RequestBody Confirmation confirmation) {
		RequestManagement.Confirmed confirmed = requests.confirm(id, confirmation.token());
		return new ConfirmedView(
				RequestViews.ForRequester.of(confirmed.request(), requests.today(), List.of(), List.of()),
				confirmed.statusToken());
	}

	@GetMapping("/requests/{id}")
	RequestViews.ForRequester status(@PathVariable UUID id, @RequestParam(required = false) String token) {
		return view(id, token);
	}

	private RequestViews.ForRequester view(UUID id, String token) {
		return RequestViews.ForRequester.of(requests.forRequester(id, token), requests.today(), requests.messages(id),
				requests.attachments(id));
	}

	@GetMapping("/requests/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@RequestParam(required = false) String token) {
		return AttachmentDownloads.download(requests.attachmentForRequester(id, token, attachmentId));
	}

	record NewMessage(String message) {
	}

	/**
	 * Mails a new private link to the address that confirmed the request; the earlier
	 * link stops opening it. 202 whether or not such a request exists.
	 */
	@PostMapping("/requests/{id}/status-links")
	ResponseEntity<Void> newStatusLink(@PathVariable UUID id, HttpServletRequest http) {
		requests.sendStatusLink(id, http.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	/** The person adds a message, with its private link's secret. */
	@PostMapping("/requests/{id}/messages")
	ResponseEntity<RequestViews.ForRequester> message(@PathVariable UUID id,
			@RequestParam(required = false) String token, @RequestBody NewMessage message) {
		requests.addRequesterMessage(id, token, message.message());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(id, token));
	}

	/**
	 * Names of hosted apps starting with the letters typed (two at least), ten at most.
	 */
	@GetMapping("/apps")
	Map<String, List<String>> apps(@RequestParam(name = "q", required = false) String prefix) {
		return Map.of("names", platform.appNamesStartingWith(prefix, 10));
	}

}
