package io.article28.audits.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.article28.audits.AuditMessage;
import io.article28.audits.AuditRequest;
import io.article28.audits.AuditRules;
import io.article28.audits.AuditStatus;
import io.article28.audits.Auditor;

/** What the API and the pages show of audit requests and of the rules they meet. */
final class AuditViews {

	private AuditViews() {
	}

	/**
	 * The terms and where the organization stands today: the earliest start the notice
	 * allows, the latest audit that still limits new ones and until when.
	 */
	record Rules(int auditsPer12Months, int noticeWeeks, LocalDate today, LocalDate earliestStart,
			LocalDate earliestStartWithinAllowance, LocalDate latestAuditStart, LocalDate limitedUntil,
			int maxDurationDays) {

		static Rules of(AuditRules rules) {
			LocalDate latest = rules.latestCountedStart().orElse(null);
			return new Rules(rules.auditsPer12Months(), rules.noticeWeeks(), rules.today(), rules.earliestStart(),
					rules.earliestStartWithinAllowance(), latest, latest == null ? null : latest.plusMonths(12),
					io.article28.audits.AuditPlan.MAX_DURATION_DAYS);
		}

	}

	record AuditorView(Auditor.Kind kind, String name, boolean confidentialityAgreementSigned) {
	}

	record Message(AuditMessage.Side side, String text, Instant at) {
	}

	record Decision(Instant at, LocalDate agreedStart, Integer agreedDurationDays, String refusalReason,
			boolean competitor) {
	}

	record Detail(UUID id, UUID organizationId, AuditStatus status, Instant submittedAt, String scope,
			LocalDate proposedStart, int durationDays, AuditorView auditor, String legalObligation,
			List<Message> thread, Decision decision) {

		static Detail of(AuditRequest request) {
			var plan = request.plan();
			var auditor = plan.auditor();
			return new Detail(request.id(), request.organization().value(), request.status(), request.submittedAt(),
					plan.scope(), plan.proposedStart(), plan.durationDays(),
					new AuditorView(auditor.kind(), auditor.name(), auditor.confidentialityAgreementSigned()),
					plan.legalObligation(),
					request.thread()
						.stream()
						.map(message -> new Message(message.side(), message.text(), message.at()))
						.toList(),
					request.decision()
						.map(d -> new Decision(d.at(), d.agreedStart(), d.agreedDurationDays(), d.refusalReason(),
								d.competitor()))
						.orElse(null));
		}

	}

}
