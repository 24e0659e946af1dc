package io.article28.core;

import java.time.ZoneId;

/**
 * The calendar in which the provider counts days, weeks and months of its deadlines (an
 * objection window, a rights request's month, the notice of an audit, the day a
 * government demand was received): that of its seat, in France.
 */
public final class LegalCalendar {

	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private LegalCalendar() {
	}

}
