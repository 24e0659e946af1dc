package io.article28.audits;

/** Where an audit request stands in the provider's review. */
public enum AuditStatus {

	/** Waiting for the provider's review (again, once the customer answered concerns). */
	SUBMITTED,
	/** The provider asked questions or raised concerns; the customer answers. */
	CONCERNS_RAISED,
	/** Dates agreed: the audit will take place. */
	AGREED,
	/** The audit has started on or after its agreed start. */
	IN_PROGRESS,
	/** The audit is over; its reports stay attached. */
	DONE,
	/** Refused, with the reason. */
	REFUSED;

	/** Whether the provider may still raise concerns, agree or refuse. */
	public boolean underReview() {
		return this == SUBMITTED || this == CONCERNS_RAISED;
	}

	/** Whether reports may be attached: once the audit has started. */
	public boolean takesReports() {
		return this == IN_PROGRESS || this == DONE;
	}

	/** Whether the audit counts against the allowance of audits per 12 months. */
	public boolean counted() {
		return this != REFUSED;
	}

}
