package io.article28.trail;

import java.time.LocalDate;

import io.article28.accounts.OrganizationId;
import io.article28.core.RejectedException;

/**
 * Which entries to read: one organization's (or all, for staff), one action or a family
 * of actions ({@code member.} for every member action), between two dates inclusive
 * (UTC).
 */
public record TrailFilter(OrganizationId organizationId, String action, LocalDate from, LocalDate to) {

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
