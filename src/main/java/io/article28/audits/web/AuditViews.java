package io.article28.audits.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;

import io.article28.accounts.OrganizationId;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditMessage;
import io.article28.audits.AuditReport;
import io.article28.audits.AuditRequest;
import io.article28.audits.AuditRules;
import io.article28.audits.AuditStatus;
import io.article28.audits.Auditor;
import io.article28.audits.FeeQuote;
import io.article28.core.FileDownloads;
import io.article28.core.Page;

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

	record Quote(UUID id, Instant proposedAt, String assistance, BigDecimal amount, String currency,
			FeeQuote.Status status, String wording, String sha256, Instant answeredAt, String approverName,
			String declineReason) {

		static Quote of(FeeQuote quote) {
			FeeQuote.Answer answer = quote.answer();
			return new Quote(quote.id(), quote.proposedAt(), quote.assistance(), quote.amount(), quote.currency(),
					quote.status(), quote.wording(), quote.sha256(), answer == null ? null : answer.at(),
					answer == null ? null : answer.approverName(), answer == null ? null : answer.declineReason());
		}

	}

	record Work(Instant startedAt, Instant completedAt) {
	}

	/** What is shown of a report: never its content. */
	record Report(UUID id, AuditMessage.Side side, String filename, String contentType, long sizeBytes, String sha256,
			Instant addedAt) {

		static Report of(AuditReport report) {
			return new Report(report.id(), report.side(), report.filename(), report.contentType(), report.sizeBytes(),
					report.sha256(), report.addedAt());
		}

	}

	record Detail(UUID id, UUID organizationId, String organizationName, AuditStatus status, Instant submittedAt,
			String scope, LocalDate proposedStart, int durationDays, AuditorView auditor, String legalObligation,
			List<Message> thread, Decision decision, List<Quote> quotes, Work work, List<Report> reports) {

		static Detail of(AuditRequest request, String organizationName, List<AuditReport> reports) {
			var plan = request.plan();
			var auditor = plan.auditor();
			return new Detail(request.id(), request.organization().value(), organizationName, request.status(),
					request.submittedAt(), plan.scope(), plan.proposedStart(), plan.durationDays(),
					new AuditorView(auditor.kind(), auditor.name(), auditor.confidentialityAgreementSigned()),
					plan.legalObligation(),
					request.thread()
						.stream()
						.map(message -> new Message(message.side(), message.text(), message.at()))
						.toList(),
					request.decision()
						.map(d -> new Decision(d.at(), d.agreedStart(), d.agreedDurationDays(), d.refusalReason(),
								d.competitor()))
						.orElse(null),
					request.quotes().stream().map(Quote::of).toList(),
					request.work().map(w -> new Work(w.startedAt(), w.completedAt())).orElse(null),
					reports.stream().map(Report::of).toList());
		}

		/** Whether the customer may still answer the quote. */
		public Quote pendingQuote() {
			return quotes.stream().filter(quote -> quote.status() == FeeQuote.Status.PROPOSED).findFirst().orElse(null);
		}

	}

	/** The requests as shown, with their organizations' names and their reports. */
	static List<Detail> details(AuditManagement audits, List<AuditRequest> requests) {
		Map<OrganizationId, String> names = audits.organizationNames(requests);
		Map<UUID, List<AuditReport>> reports = audits.reports(requests);
		return requests.stream()
			.map(request -> Detail.of(request, names.get(request.organization()), reports.get(request.id())))
			.toList();
	}

	static Detail detail(AuditManagement audits, AuditRequest request) {
		return details(audits, List.of(request)).get(0);
	}

	static Page<Detail> details(AuditManagement audits, Page<AuditRequest> requests) {
		return new Page<>(details(audits, requests.items()), requests.page(), requests.size(), requests.totalItems());
	}

	static ResponseEntity<byte[]> download(AuditReport.Content content) {
		AuditReport report = content.report();
		return FileDownloads.attachment(report.filename(), report.contentType(), report.sha256(), content.bytes());
	}

}
