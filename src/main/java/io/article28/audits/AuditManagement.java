package io.article28.audits;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.core.LegalCalendar;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffRole;
import io.article28.accounts.UserId;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.DpaTerms;
import io.article28.agreements.DpaVersion;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.core.UploadedFile;
import io.article28.notifications.NotificationManagement;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Audit requests: customers submit plans that the terms of their DPA accept, the
 * provider's DPOs review them. The terms are those of the version the organization
 * signed, or of the current version while it has signed none.
 */
@Service
@Transactional
public class AuditManagement {

	/** The zone of audit dates: the provider's, as for the rights requests. */
	public static final ZoneId ZONE = LegalCalendar.ZONE;

	/** The largest report attached to an audit. */
	public static final int MAX_REPORT_BYTES = 10 * 1024 * 1024;

	/** The most reports an audit holds. */
	public static final int MAX_REPORTS = 20;

	private final AuditRequests requests;

	private final AuditReports reports;

	private final AccountManagement accounts;

	private final AgreementManagement agreements;

	private final NotificationManagement notifications;

	private final TrailManagement trail;

	private final Clock clock;

	AuditManagement(AuditRequests requests, AuditReports reports, AccountManagement accounts,
			AgreementManagement agreements, NotificationManagement notifications, TrailManagement trail, Clock clock) {
		this.requests = requests;
		this.reports = reports;
		this.accounts = accounts;
		this.agreements = agreements;
		this.notifications = notifications;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * The rules a plan submitted today must meet: what the page shows before submission.
	 */
	@Transactional(readOnly = true)
	public AuditRules rules(OrganizationId organization) {
		return AuditRules.of(terms(organization), today(), requests.countedStarts(organization));
	}

	public AuditRequest submit(OrganizationId organization, AuditPlan plan, UserId by) {
		AuditRequest request = AuditRequest.submit(organization, plan, rules(organization), by, clock.instant());
		requests.insert(request);
		trail.record(TrailRecord.of("audit.requested", organization, "audit-request", request.id())
			.with("auditor", plan.auditor().kind())
			.with("legalObligation", plan.statesLegalObligation()));
		// The staff's mail names no organization: it is not erased with it.
		notifications.tellStaff("audit-requested:" + request.id(), StaffRole.DPO, "audit-requested", values(request));
		return request;
	}

	@Transactional(readOnly = true)
	public List<AuditRequest> requests(OrganizationId organization) {
		return requests.of(organization);
	}

	/** One of the organization's requests; another organization's is not found. */
	@Transactional(readOnly = true)
	public AuditRequest request(OrganizationId organization, UUID id) {
		return requests.find(id)
			.filter(request -> request.organization().equals(organization))
			.orElseThrow(() -> new NotFoundException("Audit request"));
	}

	public AuditRequest answer(OrganizationId organization, UUID id, String text, UserId by) {
		AuditRequest request = request(organization, id);
		AuditMessage message = request.answer(text, by, clock.instant());
		requests.update(request, message);
		trail.record(TrailRecord.of("audit.concerns-answered", organization, "audit-request", id));
		notifications.tellStaff("audit-answered:" + id + ":" + request.thread().size(), StaffRole.DPO, "audit-answered",
				values(request));
		return request;
	}

	/** Every organization's requests, for the provider's review. */
	@Transactional(readOnly = true)
	public Page<AuditRequest> queue(AuditStatus status, PageRequest page) {
		return requests.list(status, page);
	}

	@Transactional(readOnly = true)
	public AuditRequest request(UUID id) {
		return requests.find(id).orElseThrow(() -> new NotFoundException("Audit request"));
	}

	public AuditRequest raiseConcerns(UUID id, String text, UserId by) {
		AuditRequest request = request(id);
		AuditMessage message = request.raiseConcerns(text, by, clock.instant());
		requests.update(request, message);
		record(request, "audit.concerns-raised");
		tell(request, "audit-concerns", "audit-request.concerns-raised", String.valueOf(request.thread().size()));
		return request;
	}

	/**
	 * Agrees the dates. A start other than the proposed one is checked again against the
	 * allowance of audits per 12 months, the other audits counted, unless the plan states
	 * a legal obligation.
	 */
	public AuditRequest agree(UUID id, LocalDate start, int durationDays, boolean auditorAccepted, UserId by) {
		AuditRequest request = request(id);
		if (start != null && !request.plan().statesLegalObligation()) {
			AuditRules others = AuditRules.of(terms(request.organization()), today(),
					requests.countedStarts(request.organization(), id));
			if (!others.allowanceLeft(start)) {
				throw RejectedException.conflict("start",
						"the DPA allows " + others.auditsPer12Months() + " audit(s) per 12 months and "
								+ others.within12Months(start).size() + " other(s) start within 12 months of " + start
								+ ": agree a start on or after " + others.earliestAllowedOnOrAfter(start));
			}
		}
		request.agree(start, durationDays, auditorAccepted, today(), by, clock.instant());
		requests.update(request, null);
		record(request, "audit.agreed");
		tell(request, "audit-agreed", "audit-request.agreed", "");
		return request;
	}

	public AuditRequest refuse(UUID id, String reason, boolean competitor, UserId by) {
		AuditRequest request = request(id);
		request.refuse(reason, competitor, by, clock.instant());
		requests.update(request, null);
		trail.record(TrailRecord.of("audit.refused", request.organization(), "audit-request", id)
			.with("competitor", competitor));
		tell(request, "audit-refused", "audit-request.refused", "");
		return request;
	}

	/** Quotes assistance beyond the contract; the customer answers it in writing. */
	public FeeQuote proposeQuote(UUID id, String assistance, BigDecimal amount, UserId by) {
		AuditRequest request = request(id);
		FeeQuote quote = request.proposeQuote(assistance, amount, by, clock.instant());
		requests.insertQuote(request, quote);
		trail.record(TrailRecord.of("audit.fee-quoted", request.organization(), "audit-request", id)
			.with("quote", quote.id())
			.with("amountCents", quote.amountCents())
			.with("currency", quote.currency()));
		Map<String, Object> values = values(request);
		values.put("amount", quote.amount().toPlainString() + " " + quote.currency());
		notifications.tellOrganization("audit-fee-quote:" + quote.id(), request.organization(), "audit-fee-quote",
				values, "audit-request.fee-quoted", quote.amount().toPlainString() + " " + quote.currency());
		return quote;
	}

	/**
	 * The customer approves the quote in writing: the name it typed and the SHA-256 of
	 * the quote's wording are kept.
	 */
	public FeeQuote approveQuote(OrganizationId organization, UUID id, UUID quoteId, String approverName,
			boolean approves, UserId by) {
		AuditRequest request = request(organization, id);
		FeeQuote quote = request.approveQuote(quoteId, approverName, approves, by, clock.instant());
		return answered(request, quote, "audit.fee-quote-approved");
	}

	public FeeQuote declineQuote(OrganizationId organization, UUID id, UUID quoteId, String reason, UserId by) {
		AuditRequest request = request(organization, id);
		FeeQuote quote = request.declineQuote(quoteId, reason, by, clock.instant());
		return answered(request, quote, "audit.fee-quote-declined");
	}

	/**
	 * Records that the audit started: on or after its agreed start, with no quote waiting
	 * for the customer's answer.
	 */
	public AuditRequest start(UUID id, UserId by) {
		AuditRequest request = request(id);
		request.start(today(), by, clock.instant());
		requests.update(request, null);
		record(request, "audit.started");
		tell(request, "audit-started", "audit-request.started", "");
		return request;
	}

	public AuditRequest complete(UUID id, UserId by) {
		AuditRequest request = request(id);
		request.complete(by, clock.instant());
		requests.update(request, null);
		record(request, "audit.completed");
		tell(request, "audit-completed", "audit-request.completed", "");
		return request;
	}

	/**
	 * The customer attaches a report (its auditor's) to one of its audits; the provider's
	 * DPOs are told.
	 */
	public AuditReport attachReport(OrganizationId organization, UUID id, String filename, String contentType,
			byte[] bytes, UserId by) {
		AuditRequest request = request(organization, id);
		AuditReport report = attach(request, AuditMessage.Side.CUSTOMER, filename, contentType, bytes, by);
		notifications.tellStaff("audit-report:" + report.id(), StaffRole.DPO, "audit-report-received", values(request));
		return report;
	}

	/** The provider attaches a report to an audit; the organization is told. */
	public AuditReport attachReport(UUID id, String filename, String contentType, byte[] bytes, UserId by) {
		AuditRequest request = request(id);
		AuditReport report = attach(request, AuditMessage.Side.PROVIDER, filename, contentType, bytes, by);
		tell(request, "audit-report", "audit-request.report-attached", report.id().toString());
		return report;
	}

	/** The reports of an audit, the first attached first. */
	@Transactional(readOnly = true)
	public List<AuditReport> reports(UUID id) {
		return reports.of(id);
	}

	/** Reports of all the given audits, by audit: what a page of requests shows. */
	@Transactional(readOnly = true)
	public Map<UUID, List<AuditReport>> reports(List<AuditRequest> of) {
		Map<UUID, List<AuditReport>> found = new HashMap<>();
		of.forEach(request -> found.put(request.id(), reports.of(request.id())));
		return found;
	}

	/** A report of one of the organization's audits. */
	@Transactional(readOnly = true)
	public AuditReport.Content report(OrganizationId organization, UUID id, UUID reportId) {
		request(organization, id);
		return reports.content(id, reportId).orElseThrow(() -> new NotFoundException("Audit report"));
	}

	/** A report of any audit, for the provider's staff. */
	@Transactional(readOnly = true)
	public AuditReport.Content report(UUID id, UUID reportId) {
		request(id);
		return reports.content(id, reportId).orElseThrow(() -> new NotFoundException("Audit report"));
	}

	/** The names of the requests' organizations, for the provider's queue. */
	@Transactional(readOnly = true)
	public Map<OrganizationId, String> organizationNames(List<AuditRequest> of) {
		return accounts.organizationNames(of.stream().map(AuditRequest::organization).collect(Collectors.toSet()));
	}

	/** Forgets an erased organization's audits. */
	void erase(OrganizationId organization) {
		requests.deleteAll(organization);
	}

	private DpaTerms terms(OrganizationId organization) {
		DpaTerms signed = agreements.status(organization).effectiveTerms();
		if (signed != null) {
			return signed;
		}
		return agreements.current()
			.map(DpaVersion::terms)
			.orElseThrow(() -> RejectedException.conflict(null,
					"no DPA version is published: the audit terms are not known"));
	}

	private FeeQuote answered(AuditRequest request, FeeQuote quote, String action) {
		if (!requests.updateQuote(quote)) {
			throw RejectedException.conflict(null, "the quote was answered meanwhile");
		}
		trail.record(TrailRecord.of(action, request.organization(), "audit-request", request.id())
			.with("quote", quote.id())
			.with("sha256", quote.sha256()));
		Map<String, Object> values = values(request);
		values.put("quoteStatus", quote.status().name());
		notifications.tellStaff("audit-fee-quote-answered:" + quote.id(), StaffRole.DPO, "audit-fee-quote-answered",
				values);
		return quote;
	}

	private AuditReport attach(AuditRequest request, AuditMessage.Side side, String filename, String contentType,
			byte[] bytes, UserId by) {
		request.requireTakesReports();
		UploadedFile file = UploadedFile.of(filename, contentType, bytes, MAX_REPORT_BYTES);
		if (reports.of(request.id()).size() >= MAX_REPORTS) {
			throw RejectedException.conflict("file", "an audit holds at most " + MAX_REPORTS + " reports");
		}
		AuditReport report = new AuditReport(UUID.randomUUID(), request.id(), side, file.filename(), file.contentType(),
				bytes.length, file.sha256(), clock.instant(), by);
		reports.insert(report, file.bytes());
		trail.record(TrailRecord.of("audit.report-attached", request.organization(), "audit-request", request.id())
			.with("report", report.id())
			.with("side", side)
			.with("sha256", report.sha256()));
		return report;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	private void record(AuditRequest request, String action) {
		trail.record(TrailRecord.of(action, request.organization(), "audit-request", request.id()));
	}

	private void tell(AuditRequest request, String kind, String webhookType, String step) {
		notifications.tellOrganization(kind + ":" + request.id() + ":" + step, request.organization(), kind,
				values(request), webhookType, request.plan().proposedStart().toString());
	}

	private static Map<String, Object> values(AuditRequest request) {
		Map<String, Object> values = new HashMap<>();
		values.put("requestId", request.id().toString());
		values.put("status", request.status().name());
		values.put("proposedStart", request.plan().proposedStart().toString());
		values.put("durationDays", request.plan().durationDays());
		values.put("auditor", request.plan().auditor().kind().name());
		request.decision().ifPresent(decision -> {
			values.put("agreedStart", decision.agreedStart() == null ? null : decision.agreedStart().toString());
			values.put("agreedDurationDays", decision.agreedDurationDays());
		});
		return values;
	}

}
