package io.article28.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.article28.core.LegalCalendar;

/**
 * When a request must be answered (GDPR Art. 12(3)): one calendar month from its receipt,
 * counted on the provider's calendar (Paris). The month ends on the same day number of
 * the next month, or on its last day when that month is shorter (31 January gives 28 or
 * 29 February). The deadline is the end of that day.
 */
public record ResponseDeadline(LocalDate receivedOn, LocalDate dueOn) {

	public static final ZoneId ZONE = LegalCalendar.ZONE;

	/** The time to answer, in calendar months. */
	public static final int MONTHS = 1;

	/** How many further months the controller may take, once, with a reason. */
	public static final int MAX_EXTENSION_MONTHS = 2;

	public static ResponseDeadline from(Instant receivedAt) {
		LocalDate received = LocalDate.ofInstant(receivedAt, ZONE);
		return new ResponseDeadline(received, received.plusMonths(MONTHS));
	}

	/**
	 * The deadline extended by further months, counted from the receipt like the first.
	 */
	public ResponseDeadline extendedBy(int months) {
		return new ResponseDeadline(receivedOn, receivedOn.plusMonths(MONTHS + months));
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	/** Whether the due day is over: the request is late from the day after. */
	public boolean overdueOn(LocalDate today) {
		return today.isAfter(dueOn);
	}

	/** Days left until the due day, the due day itself counting as the last one (0). */
	public long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, dueOn);
	}

}
