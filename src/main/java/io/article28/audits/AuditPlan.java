package io.article28.audits;

import java.time.LocalDate;

import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * What a customer submits: the scope, the proposed start and duration, the auditor, and
 * the legal obligation (if any) that requires an audit beyond the contract's allowance.
 */
public record AuditPlan(String scope, LocalDate proposedStart, int durationDays, Auditor auditor,
		String legalObligation) {

	/**
	 * An audit of more than a month is a project, not an audit: it is discussed first.
	 */
	public static final int MAX_DURATION_DAYS = 30;

	public AuditPlan {
		scope = Fields.required("scope", scope, 5000);
		if (proposedStart == null) {
			throw RejectedException.invalid("proposedStart", "must be a date (yyyy-mm-dd)");
		}
		requireDuration("durationDays", durationDays);
		if (auditor == null) {
			throw RejectedException.invalid("auditor.kind", "must be SELF or THIRD_PARTY");
		}
		legalObligation = Fields.optional("legalObligation", legalObligation, 2000);
	}

	static void requireDuration(String field, int days) {
		if (days < 1 || days > MAX_DURATION_DAYS) {
			throw RejectedException.invalid(field, "must be 1 to " + MAX_DURATION_DAYS + " days");
		}
	}

	public boolean statesLegalObligation() {
		return legalObligation != null;
	}

}
