package io.article28.trail;

import java.time.LocalDate;

import io.article28.accounts.OrganizationId;
import io.article28.core.RejectedException;

/**
 * Which entries to read: one organization's (or all, for staff), one action or a family
 * of actions ({@code member.} for every member action), between two dates inclusive
 * (UTC), with or without the {@link #DELIVERIES deliveries} of notifications (the pages
 * leave them out unless asked: they are operations, not compliance events).
 */
public record TrailFilter(OrganizationId organizationId, String action, LocalDate from, LocalDate to,
		boolean deliveries) {

	/** The family of actions that record the delivery of a notification. */
	public static final String DELIVERIES = "notification.";

	/**
	 * Every entry the rest selects, deliveries included: what exports and the API read.
	 */
	public TrailFilter(OrganizationId organizationId, String action, LocalDate from, LocalDate to) {
		this(organizationId, action, from, to, true);
	}

	public TrailFilter {
		action = action == null || action.isBlank() ? null : action.strip();
		if (action != null && (action.length() > 100 || !action.matches("[a-z0-9.-]+"))) {
			throw RejectedException.invalid("action",
					"an action code such as member.added, or a prefix such as member.");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw RejectedException.invalid("to", "must not be before from");
		}
	}

	public static TrailFilter organization(OrganizationId organizationId) {
		return new TrailFilter(organizationId, null, null, null);
	}

	public static TrailFilter all() {
		return new TrailFilter(null, null, null, null);
	}
}
