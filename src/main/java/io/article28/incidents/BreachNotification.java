package io.article28.incidents;

import java.time.Instant;
import java.util.UUID;

import io.article28.accounts.UserId;

/**
 * A request of the security staff to tell the customers of a breach, or to send them a
 * phase of follow-up information: queued at once and worked through in batches, each
 * counted as it is done.
 */
public record BreachNotification(UUID id, UUID incidentId, Kind kind, Integer phase, Instant requestedAt,
		UserId requestedBy, Status status, Integer organizations, int told, Instant finishedAt) {

	public enum Kind {

		NOTICE, FOLLOW_UP

	}

	public enum Status {

		QUEUED, RUNNING, DONE

	}

	static BreachNotification queued(UUID incidentId, Kind kind, Integer phase, UserId by, Instant now) {
		return new BreachNotification(UUID.randomUUID(), incidentId, kind, phase, now, by, Status.QUEUED, null, 0,
				null);
	}

	/**
	 * The topic of this request's notifications in the outbox, which counts their
	 * delivery; their event keys begin with it.
	 */
	public String topic() {
		return "breach-notification:" + id;
	}

}
