package io.article28.requests.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.article28.requests.RequestMessage;
import io.article28.requests.RequestOutcome;
import io.article28.requests.RequestRight;
import io.article28.requests.RequestStatus;
import io.article28.requests.ResponseDeadline;
import io.article28.requests.RightsRequest;

/** How requests are shown: to the person who filed one, and to the controller. */
final class RequestViews {

	private RequestViews() {
	}

	/** A message of the conversation. */
	record Message(RequestMessage.Author author, String body, Instant at) {

		static List<Message> of(List<RequestMessage> messages) {
			return messages.stream().map(m -> new Message(m.author(), m.body(), m.createdAt())).toList();
		}
	}

	/** What the person sees through its private link: never who handles it. */
	record ForRequester(UUID id, String app, boolean aboutProvider, boolean awaitsApp, RequestRight right,
			RequestStatus status, Instant submittedAt, Instant receivedAt, LocalDate dueOn, Long daysLeft,
			boolean overdue, String extensionReason, Instant informationRequestedAt, RequestOutcome outcome,
			String answer, Instant answeredAt, List<Message> messages,
			List<AttachmentDownloads.AttachmentView> attachments) {

		static ForRequester of(RightsRequest request, LocalDate today, List<RequestMessage> messages,
				List<io.article28.requests.RequestAttachment> attachments) {
			return new ForRequester(request.id(), request.appName().orElse(null), request.aboutProvider(),
					request.awaitsApp(), request.right(), request.status(), request.submittedAt(),
					request.receivedAt().orElse(null), request.deadline().map(ResponseDeadline::dueOn).orElse(null),
					request.deadline().map(d -> d.daysLeft(today)).orElse(null), request.overdueOn(today),
					request.extension().map(RightsRequest.Extension::reason).orElse(null),
					request.informationRequestedAt().orElse(null),
					request.answer().map(RightsRequest.Answer::outcome).orElse(null),
					request.answer().map(RightsRequest.Answer::message).orElse(null),
					request.answer().map(RightsRequest.Answer::at).orElse(null), Message.of(messages),
					AttachmentDownloads.AttachmentView.of(attachments));
		}
	}

	/**
	 * What the controller sees: the person's address and words, the clock, what was done;
	 * for the provider's staff, whether the provider is the controller, or the app is
	 * still to be found (and what the person wrote of it).
	 */
	record ForController(UUID id, String app, RequestRight right, RequestStatus status, String requesterEmail,
			String details, Instant receivedAt, LocalDate dueOn, long daysLeft, boolean overdue, Instant acknowledgedAt,
			boolean mayExtend, String extensionReason, Instant informationRequestedAt, RequestOutcome outcome,
			String answer, Instant escalatedAt, boolean aboutProvider, boolean awaitsApp, String appHint) {

		static ForController of(RightsRequest request, LocalDate today) {
			boolean mayExtend = request.status().open() && !request.awaitsApp() && request.extension().isEmpty()
					&& request.deadline().map(d -> !d.overdueOn(today)).orElse(false);
			return new ForController(request.id(), request.appName().orElse(null), request.right(), request.status(),
					request.requesterEmail().value(), request.details(), request.receivedAt().orElse(null),
					request.deadline().map(ResponseDeadline::dueOn).orElse(null),
					request.deadline().map(d -> d.daysLeft(today)).orElse(0L), request.overdueOn(today),
					request.acknowledgedAt().orElse(null), mayExtend,
					request.extension().map(RightsRequest.Extension::reason).orElse(null),
					request.informationRequestedAt().orElse(null),
					request.answer().map(RightsRequest.Answer::outcome).orElse(null),
					request.answer().map(RightsRequest.Answer::message).orElse(null),
					request.escalatedAt().orElse(null), request.aboutProvider(), request.awaitsApp(),
					request.appHint().orElse(null));
		}
	}

}
