package io.article28.subprocessors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.article28.core.LegalCalendar;

/**
 * The calendar days a customer has to object to a change, under the objection window of
 * its DPA. The day of the notice does not count; the window ends at midnight at the end
 * of its last day. Days are those of the provider's calendar, since the DPA is under
 * French law: notified on 1 December with 8 days, a customer may object until 9 December
 * at midnight, Paris time.
 */
public record ObjectionWindow(Instant notifiedAt, int days) {

	/** The calendar the DPA's days are counted in. */
	public static final ZoneId ZONE = LegalCalendar.ZONE;

	public ObjectionWindow {
		if (notifiedAt == null || days < 1) {
			throw new IllegalArgumentException("an objection window starts at a notice and lasts at least a day");
		}
	}

	/** The last calendar day on which an objection is received. */
	public LocalDate lastDay() {
		return notifiedAt.atZone(ZONE).toLocalDate().plusDays(days);
	}

	/** The first instant at which an objection comes too late. */
	public Instant closesAt() {
		return lastDay().plusDays(1).atStartOfDay(ZONE).toInstant();
	}

	public boolean isOpenAt(Instant at) {
		return at.isBefore(closesAt());
	}

	/** The calendar day of the window an instant falls on: 0 the day of the notice. */
	public long dayOf(Instant at) {
		return ChronoUnit.DAYS.between(notifiedAt.atZone(ZONE).toLocalDate(), at.atZone(ZONE).toLocalDate());
	}

	/** Today in the DPA's calendar. */
	public static LocalDate today(Instant now) {
		return now.atZone(ZONE).toLocalDate();
	}

}
