package io.article28.audits;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;

/**
 * A customer's audit plan and the provider's review of it: concerns and answers, then the
 * agreed dates or a refusal with its reason. A third party's auditor is accepted by the
 * provider when it agrees the dates: the DPA wants it agreed by both sides, and not a
 * competitor. Once agreed, the audit starts (never before its agreed start, nor while a
 * fee quote waits for the customer's written answer) and ends.
 */
public class AuditRequest {

	/** The provider's decision on the plan, once made. */
	public record Decision(Instant at, UserId by, LocalDate agreedStart, Integer agreedDurationDays,
			String refusalReason, boolean competitor) {
	}

	/** When the audit's work started and ended, and who recorded it. */
	public record Work(Instant startedAt, UserId startedBy, Instant completedAt, UserId completedBy) {
	}

	private final UUID id;

	private final OrganizationId organization;

	private final Instant submittedAt;

	private final UserId submittedBy;

	private final AuditPlan plan;

	private final List<AuditMessage> thread;

	private AuditStatus status;

	private Decision decision;

	private final List<FeeQuote> quotes;

	private Work work;

	AuditRequest(UUID id, OrganizationId organization, Instant submittedAt, UserId submittedBy, AuditPlan plan,
			AuditStatus status, List<AuditMessage> thread, Decision decision, List<FeeQuote> quotes, Work work) {
		this.id = id;
		this.organization = organization;
		this.submittedAt = submittedAt;
		this.submittedBy = submittedBy;
		this.plan = plan;
		this.status = status;
		this.thread = new ArrayList<>(thread);
		this.decision = decision;
		this.quotes = new ArrayList<>(quotes);
		this.work = work;
	}

	/** Submits a plan the rules accept. */
	static AuditRequest submit(OrganizationId organization, AuditPlan plan, AuditRules rules, UserId by, Instant now) {
		rules.check(plan);
		return new AuditRequest(UUID.randomUUID(), organization, now, by, plan, AuditStatus.SUBMITTED, List.of(), null,
				List.of(), null);
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
	 * Quotes assistance beyond the contract, before the audit starts; one quote waits for
	 * an answer at a time.
	 */
	FeeQuote proposeQuote(String assistance, BigDecimal amount, UserId by, Instant now) {
		requireBeforeStart();
		if (pendingQuote().isPresent()) {
			throw RejectedException.conflict("amount", "a quote already waits for the customer's answer");
		}
		FeeQuote quote = FeeQuote.propose(assistance, amount, by, now);
		quotes.add(quote);
		return quote;
	}

	/**
	 * Approves one of its quotes: a quote it does not hold is not found, whatever its
	 * state.
	 */
	FeeQuote approveQuote(UUID quoteId, String approverName, boolean approves, UserId by, Instant now) {
		FeeQuote quote = quote(quoteId);
		requireBeforeStart();
		return replace(quote.approve(approverName, approves, by, now));
	}

	FeeQuote declineQuote(UUID quoteId, String reason, UserId by, Instant now) {
		FeeQuote quote = quote(quoteId);
		requireBeforeStart();
		return replace(quote.decline(reason, by, now));
	}

	/**
	 * Starts the audit: on or after the agreed start, and only once no quote waits for
	 * the customer's written answer.
	 */
	void start(LocalDate today, UserId by, Instant now) {
		if (status != AuditStatus.AGREED) {
			throw RejectedException.conflict(null, "only an agreed audit starts; this one is " + status);
		}
		if (today.isBefore(decision.agreedStart())) {
			throw RejectedException.conflict(null,
					"the audit is agreed to start on " + decision.agreedStart() + ", not before");
		}
		if (pendingQuote().isPresent()) {
			throw RejectedException.conflict(null,
					"the fee quote waits for the customer's written approval: no work starts before it is answered");
		}
		status = AuditStatus.IN_PROGRESS;
		work = new Work(now, by, null, null);
	}

	void complete(UserId by, Instant now) {
		if (status != AuditStatus.IN_PROGRESS) {
			throw RejectedException.conflict(null, "only an audit in progress ends; this one is " + status);
		}
		status = AuditStatus.DONE;
		work = new Work(work.startedAt(), work.startedBy(), now, by);
	}

	/** Refuses a report before the audit has started. */
	void requireTakesReports() {
		if (!status.takesReports()) {
			throw RejectedException.conflict("file", "reports are attached once the audit has started");
		}
	}

	public Optional<FeeQuote> pendingQuote() {
		return quotes.stream().filter(FeeQuote::pending).findFirst();
	}

	private FeeQuote quote(UUID quoteId) {
		return quotes.stream()
			.filter(quote -> quote.id().equals(quoteId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Fee quote"));
	}

	private FeeQuote replace(FeeQuote answered) {
		quotes.replaceAll(quote -> quote.id().equals(answered.id()) ? answered : quote);
		return answered;
	}

	private void requireBeforeStart() {
		if (!status.underReview() && status != AuditStatus.AGREED) {
			throw RejectedException.conflict(null,
					"the request is " + status + ": quotes come before the audit starts");
		}
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

	/** The quotes, the oldest first. */
	public List<FeeQuote> quotes() {
		return List.copyOf(quotes);
	}

	public Optional<Work> work() {
		return Optional.ofNullable(work);
	}

}
