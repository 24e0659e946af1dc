package io.article28.audits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * A customer's audit plan and the provider's review of it: concerns and answers, then the
 * agreed dates or a refusal with its reason. A third party's auditor is accepted by the
 * provider when it agrees the dates: the DPA wants it agreed by both sides, and not a
 * competitor.
 */
public class AuditRequest {

	/** The provider's decision on the plan, once made. */
	public record Decision(Instant at, UserId by, LocalDate agreedStart, Integer agreedDurationDays,
			String refusalReason, boolean competitor) {
	}

	private final UUID id;

	private final OrganizationId organization;

	private final Instant submittedAt;

	private final UserId submittedBy;

	private final AuditPlan plan;

	private final List<AuditMessage> thread;

	private AuditStatus status;

	private Decision decision;

	AuditRequest(UUID id, OrganizationId organization, Instant submittedAt, UserId submittedBy, AuditPlan plan,
			AuditStatus status, List<AuditMessage> thread, Decision decision) {
		this.id = id;
		this.organization = organization;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
		this.plan = plan;
		this.status = status;
		this.thread = new ArrayList<>(thread);
		this.decision = decision;
	}

	/** Submits a plan the rules accept. */
	static AuditRequest submit(OrganizationId organization, AuditPlan plan, AuditRules rules, UserId by, Instant now) {
		rules.check(plan);
		return new AuditRequest(UUID.randomUUID(), organization, now, by, plan, AuditStatus.SUBMITTED, List.of(), null);
	}

	AuditMessage raiseConcerns(String text, UserId by, Instant now) {
		requireUnderReview();
		status = AuditStatus.CONCERNS_RAISED;
		return add(AuditMessage.Side.PROVIDER, Fields.required("text", text, 5000), by, now);
	}

	AuditMessage answer(String text, UserId by, Instant now) {
		if (status != AuditStatus.CONCERNS_RAISED) {
			throw RejectedException.conflict(null, "the provider has raised no concern to answer");
		}
		status = AuditStatus.SUBMITTED;
		return add(AuditMessage.Side.CUSTOMER, Fields.required("text", text, 5000), by, now);
	}

	/**
	 * Agrees the dates; for a third party, only together with accepting the auditor (the
	 * provider judged it is not a competitor).
	 */
	void agree(LocalDate start, int durationDays, boolean auditorAccepted, LocalDate today, UserId by, Instant now) {
		requireUnderReview();
		if (start == null) {
			throw RejectedException.invalid("start", "must be a date (yyyy-mm-dd)");
		}
		if (start.isBefore(today)) {
			throw RejectedException.invalid("start", "must not be in the past");
		}
		AuditPlan.requireDuration("durationDays", durationDays);
		if (plan.auditor().thirdParty() && !auditorAccepted) {
			throw RejectedException.conflict("auditorAccepted",
					"the dates of a third-party audit are agreed only with its auditor accepted");
		}
		status = AuditStatus.AGREED;
		decision = new Decision(now, by, start, durationDays, null, false);
	}

	/** Refuses the plan with its reason; a competing auditor is refused as such. */
	void refuse(String reason, boolean competitor, UserId by, Instant now) {
		requireUnderReview();
		String given = Fields.required("reason", reason, 2000);
		if (competitor && !plan.auditor().thirdParty()) {
			throw RejectedException.invalid("competitor", "only a third-party auditor can be a competitor");
		}
		status = AuditStatus.REFUSED;
		decision = new Decision(now, by, null, null, given, competitor);
	}

	/**
	 * The day the audit counts from: the agreed start once agreed, the proposed one
	 * before.
	 */
	LocalDate countedStart() {
		return decision != null && decision.agreedStart() != null ? decision.agreedStart() : plan.proposedStart();
	}

	private void requireUnderReview() {
		if (!status.underReview()) {
			throw RejectedException.conflict(null, "the request is " + status + ": its review is over");
		}
	}

	private AuditMessage add(AuditMessage.Side side, String text, UserId by, Instant now) {
		AuditMessage message = new AuditMessage(side, text, now, by);
		thread.add(message);
		return message;
	}

	public UUID id() {
		return id;
	}

	public OrganizationId organization() {
		return organization;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public UserId submittedBy() {
		return submittedBy;
	}

	public AuditPlan plan() {
		return plan;
	}

	public AuditStatus status() {
		return status;
	}

	public List<AuditMessage> thread() {
		return List.copyOf(thread);
	}

	public Optional<Decision> decision() {
		return Optional.ofNullable(decision);
	}

}
