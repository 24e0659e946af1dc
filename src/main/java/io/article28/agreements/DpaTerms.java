package io.article28.agreements;

import java.util.EnumSet;
import java.util.Set;

import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * The numbers and rules of one DPA version, as data. Every workflow reads them from the
 * version the customer signed: the objection window, the audit allowance and notice, the
 * return period, the retention of the trail, the governing law.
 */
public record DpaTerms(SubProcessingRegime subProcessing, Integer objectionWindowDays,
		Set<ObjectionGround> objectionGrounds, int auditsPer12Months, int auditNoticeWeeks, int returnPeriodDays,
		int trailRetentionMonths, String governingLaw) {

	public DpaTerms {
		if (subProcessing == null) {
			throw RejectedException.invalid("terms.subProcessing", "must be PRIOR_WRITTEN_CONSENT or OBJECTION_WINDOW");
		}
		objectionGrounds = objectionGrounds == null || objectionGrounds.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(objectionGrounds));
		if (subProcessing == SubProcessingRegime.OBJECTION_WINDOW) {
			if (objectionWindowDays == null || objectionWindowDays < 1 || objectionWindowDays > 90) {
				throw RejectedException.invalid("terms.objectionWindowDays", "must be 1 to 90 calendar days");
			}
			if (objectionGrounds.isEmpty()) {
				throw RejectedException.invalid("terms.objectionGrounds", "an objection window needs its grounds");
			}
		}
		else if (objectionWindowDays != null || !objectionGrounds.isEmpty()) {
			throw RejectedException.invalid("terms.objectionWindowDays",
					"prior written consent has no objection window nor grounds");
		}
		requireRange("terms.auditsPer12Months", auditsPer12Months, 1, 12);
		requireRange("terms.auditNoticeWeeks", auditNoticeWeeks, 0, 26);
		requireRange("terms.returnPeriodDays", returnPeriodDays, 0, 365);
		requireRange("terms.trailRetentionMonths", trailRetentionMonths, 1, 120);
		governingLaw = Fields.line("terms.governingLaw", governingLaw, 200);
	}

	private static void requireRange(String field, int value, int min, int max) {
		if (value < min || value > max) {
			throw RejectedException.invalid(field, "must be between " + min + " and " + max);
		}
	}
}
