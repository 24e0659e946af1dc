package io.article28.audits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.article28.agreements.DpaTerms;
import io.article28.core.RejectedException;

/**
 * The audit terms of the organization's DPA, applied on one day to its earlier audits.
 * <p>
 * <b>Notice:</b> the start is at least {@code auditNoticeWeeks} weeks after the day of
 * submission (both days in {@link AuditManagement#ZONE}): with 4 weeks, submitted on 1
 * March, 29 March is the earliest start.
 * <p>
 * <b>12 months:</b> each audit counts by its start day (the agreed start once agreed, the
 * proposed one before; a refused request does not count). Two audits are within 12 months
 * of each other when the later one starts before the same calendar day 12 months after
 * the earlier one's start: after an audit starting 10 March 2026, one may start on 10
 * March 2027, not on 9 March. At most {@code auditsPer12Months} audits may be within 12
 * months of one another, unless the customer states the legal obligation that requires
 * more.
 * <p>
 * <b>Auditor:</b> a third party must have signed a confidentiality agreement before the
 * plan is submitted; the provider accepts it (and judges that it is not a competitor) at
 * review.
 */
public record AuditRules(int auditsPer12Months, int noticeWeeks, LocalDate today, List<LocalDate> countedStarts) {

	public AuditRules {
		countedStarts = countedStarts.stream().sorted().toList();
	}

	static AuditRules of(DpaTerms terms, LocalDate today, List<LocalDate> countedStarts) {
		return new AuditRules(terms.auditsPer12Months(), terms.auditNoticeWeeks(), today, countedStarts);
	}

	/** The earliest start the notice allows for a plan submitted today. */
	public LocalDate earliestStart() {
		return today.plusWeeks(noticeWeeks);
	}

	/**
	 * The starts of the earlier audits within 12 months of the given start, either way.
	 */
	public List<LocalDate> within12Months(LocalDate start) {
		return countedStarts.stream()
			.filter(other -> start.isBefore(other.plusMonths(12)) && other.isBefore(start.plusMonths(12)))
			.toList();
	}

	/**
	 * Whether an audit starting then fits in the allowance without a legal obligation.
	 */
	public boolean allowanceLeft(LocalDate start) {
		return within12Months(start).size() < auditsPer12Months;
	}

	/**
	 * The earliest start that both the notice and the allowance accept: the earliest
	 * notice date, or the first day an earlier audit stops counting.
	 */
	public LocalDate earliestStartWithinAllowance() {
		return earliestAllowedOnOrAfter(earliestStart());
	}

	/**
	 * The first day from {@code day} on that the allowance accepts: the day itself, or
	 * the first day an earlier audit stops counting.
	 */
	public LocalDate earliestAllowedOnOrAfter(LocalDate day) {
		return Stream
			.concat(Stream.of(day), countedStarts.stream().map(start -> start.plusMonths(12)).filter(day::isBefore))
			.sorted()
			.filter(this::allowanceLeft)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The latest audit that still counts today or later, and so the day until which it
	 * limits new ones (exclusive).
	 */
	public Optional<LocalDate> latestCountedStart() {
		return countedStarts.stream()
			.filter(start -> today.isBefore(start.plusMonths(12)))
			.max(Comparator.naturalOrder());
	}

	/** Refuses a plan that breaks the terms, naming the field at fault. */
	public void check(AuditPlan plan) {
		if (plan.proposedStart().isBefore(earliestStart())) {
			throw RejectedException.invalid("proposedStart", "must be on or after " + earliestStart()
					+ ": the DPA asks for " + noticeWeeks + " weeks' notice before the start of an audit");
		}
		if (plan.auditor().thirdParty() && !plan.auditor().confidentialityAgreementSigned()) {
			throw RejectedException.invalid("auditor.confidentialityAgreementSigned",
					"a third-party auditor must have signed a confidentiality agreement before the plan is submitted");
		}
		if (!plan.statesLegalObligation() && !allowanceLeft(plan.proposedStart())) {
			throw RejectedException.conflict("proposedStart", "the DPA allows " + auditsPer12Months
					+ " audit(s) per 12 months and " + within12Months(plan.proposedStart()).size()
					+ " already start(s) within 12 months of that date: start on or after "
					+ earliestStartWithinAllowance() + ", or state the legal obligation that requires this audit");
		}
	}

}
