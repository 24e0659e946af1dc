package io.article28.requests.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.article28.requests.RequestRight;
import io.article28.requests.RequestStatus;
import io.article28.requests.RightsRequest;

/** How requests are shown: to the person who filed one, and to the controller. */
final class RequestViews {

	private RequestViews() {
	}

	/** What the person sees through its private link: never who handles it. */
	record ForRequester(UUID id, String app, boolean aboutProvider, RequestRight right, RequestStatus status,
			Instant submittedAt, Instant receivedAt, LocalDate dueOn, Long daysLeft, boolean overdue) {

		static ForRequester of(RightsRequest request, LocalDate today) {
			return new ForRequester(request.id(), request.appName().orElse(null), request.aboutProvider(),
					request.right(), request.status(), request.submittedAt(), request.receivedAt().orElse(null),
					request.dueOn().orElse(null), request.deadline().map(d -> d.daysLeft(today)).orElse(null),
					request.overdueOn(today));
		}
	}

	/** What the controller sees: the person's address and words, and the clock. */
	record ForController(UUID id, String app, RequestRight right, RequestStatus status, String requesterEmail,
			String details, Instant receivedAt, LocalDate dueOn, long daysLeft, boolean overdue,
			Instant acknowledgedAt) {

		static ForController of(RightsRequest request, LocalDate today) {
			return new ForController(request.id(), request.appName().orElse(null), request.right(), request.status(),
					request.requesterEmail().value(), request.details(), request.receivedAt().orElse(null),
					request.dueOn().orElse(null), request.deadline().map(d -> d.daysLeft(today)).orElse(0L),
					request.overdueOn(today), request.acknowledgedAt().orElse(null));
		}
	}

}
