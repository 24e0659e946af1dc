package io.article28.datarights;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.core.Timestamps;
import io.article28.requests.RequestManagement;
import io.article28.requests.RightsRequest;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * The exports of a person's data for a rights request (access, GDPR art. 15; portability,
 * art. 20): queued here, written by {@link PersonExportJob} from the data stores of the
 * request's app for the address the person confirmed, and attached to the answer, which
 * the person reads through its private link.
 */
@Service
@Transactional
public class PersonDataExports {

	/** How long the person may download the export from its private link. */
	public static final Duration AVAILABLE = Duration.ofDays(30);

	private final PersonExports exports;

	private final RequestManagement requests;

	private final TrailManagement trail;

	private final Clock clock;

	PersonDataExports(PersonExports exports, RequestManagement requests, TrailManagement trail, Clock clock) {
		this.exports = exports;
		this.requests = requests;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Queues the export of the requester's data, or gives the one already queued or
	 * running. The request must be open and name its app.
	 */
	public PersonExport request(OrganizationId owner, UUID requestId, UserId by) {
		RightsRequest request = requests.request(owner, requestId);
		if (!request.status().open()) {
			throw RejectedException.conflict("request", "the request is closed");
		}
		if (request.appId().isEmpty()) {
			throw RejectedException.conflict("request", "the request names no app: its data stores are unknown");
		}
		return exports.inProgress(requestId).orElseGet(() -> {
			UUID id = UUID.randomUUID();
			exports.queue(id, owner, requestId, by == null ? null : by.value(), Timestamps.stored(clock.instant()));
			trail.record(TrailRecord.of("datarights.export-requested", owner, "rights-request", requestId)
				.with("export", id));
			return exports.find(id).orElseThrow();
		});
	}

	@Transactional(readOnly = true)
	public List<PersonExport> ofRequest(OrganizationId owner, UUID requestId) {
		requests.request(owner, requestId);
		return exports.ofRequest(requestId);
	}

	@Transactional(readOnly = true)
	public PersonExport get(OrganizationId owner, UUID requestId, UUID exportId) {
		return exports.find(exportId)
			.filter(export -> export.organizationId().equals(owner) && export.requestId().equals(requestId))
			.orElseThrow(() -> new NotFoundException("Data export"));
	}

}
