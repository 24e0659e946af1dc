package io.article28.audits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.core.LegalCalendar;
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

	private final AuditRequests requests;

	private final AgreementManagement agreements;

	private final NotificationManagement notifications;

	private final TrailManagement trail;

	private final Clock clock;

	AuditManagement(AuditRequests requests, AgreementManagement agreements, NotificationManagement notifications,
			TrailManagement trail, Clock clock) {
		this.requests = requests;
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

	public AuditRequest agree(UUID id, LocalDate start, int durationDays, boolean auditorAccepted, UserId by) {
		AuditRequest request = request(id);
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
