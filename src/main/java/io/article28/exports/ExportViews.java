package io.article28.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.article28.agreements.CustomerBlock;
import io.article28.agreements.DpaStatus;
import io.article28.agreements.DpaTerms;
import io.article28.subprocessors.AuditConfirmation;

/**
 * The JSON files of an export, as records of their own: what the customer receives is
 * decided here, never by the other modules' types.
 */
final class ExportViews {

	private ExportViews() {
	}

	record OrganizationView(UUID id, String name, String billingEmail, Map<String, String> dpoContact,
			Instant createdAt) {
	}

	record DpaStatusView(DpaStatus.State state, String signedVersion, String pendingVersion, DpaTerms effectiveTerms) {
	}

	record SignatureView(UUID id, String version, String documentSha256, UUID signerId, Instant signedAt,
			String ipAddress, String userAgent, CustomerBlock customer, String signedPdf, String signedPdfSha256) {
	}

	record UploadView(UUID id, String version, UUID uploadedBy, Instant uploadedAt, String filename, String sha256,
			String status, Instant reviewedAt, String reason, String pdf) {
	}

	record NoticeView(UUID changeId, String type, String subprocessor, String summary, LocalDate effectiveOn,
			String dpaVersion, String regime, Instant notifiedAt, Integer objectionWindowDays, String status,
			String answer, String ground, String justification, Instant answeredAt, UUID answeredBy, String decision,
			String decisionReason, Instant decidedAt) {
	}

	record AuditConfirmationView(UUID id, UUID subprocessorId, String question, Instant requestedAt, UUID requestedBy,
			String status, Instant answeredAt, LocalDate lastAudit, String statement) {

		static AuditConfirmationView of(AuditConfirmation confirmation) {
			var answer = confirmation.answer();
			return new AuditConfirmationView(confirmation.id(), confirmation.subprocessorId(),
					confirmation.question().orElse(null), confirmation.requestedAt(),
					confirmation.requestedBy().value(), confirmation.status().name(),
					answer.map(a -> a.at()).orElse(null), answer.map(a -> a.lastAudit()).orElse(null),
					answer.map(a -> a.statement()).orElse(null));
		}
	}

	record RequestsView(List<RequestView> requests, String note) {
	}

	record RequestView(java.util.UUID id, String app, String right, String status, String requesterEmail,
			String details, java.time.Instant receivedAt, java.time.LocalDate dueOn, String extensionReason,
			String outcome, String answer, java.time.Instant answeredAt, List<MessageView> messages,
			List<AttachmentView> attachments) {
	}

	/**
	 * A file the organization attached to its answer, written beside the JSON at
	 * {@code file}.
	 */
	record AttachmentView(java.util.UUID id, String filename, String contentType, long sizeBytes, String sha256,
			String file) {
	}

	record MessageView(String author, String body, java.time.Instant at) {
	}

	record LogsView(String note, List<AppLogs> apps) {
	}

	record AppLogs(UUID appId, String name, String logsUrl) {
	}

	record Unavailable(String what, String why) {
	}

	record AuditView(java.util.UUID id, java.time.Instant submittedAt, String status, String scope,
			java.time.LocalDate proposedStart, int durationDays, String auditorKind, String auditorName,
			boolean confidentialityAgreementSigned, String legalObligation, List<AuditMessageView> thread,
			java.time.LocalDate agreedStart, Integer agreedDurationDays, String refusalReason,
			List<FeeQuoteView> feeQuotes, java.time.Instant startedAt, java.time.Instant completedAt,
			List<AttachmentView> reports) {
	}

	record AuditMessageView(String side, String text, java.time.Instant at) {
	}

	record FeeQuoteView(java.util.UUID id, java.time.Instant proposedAt, String assistance, java.math.BigDecimal amount,
			String currency, String status, java.time.Instant answeredAt, String approverName, String approvedSha256,
			String declineReason) {
	}

	record BreachView(java.util.UUID incidentId, String title, String description, java.time.Instant notifiedAt,
			java.time.Instant awareAt, java.time.Instant authorityDeadline, List<String> apps,
			List<FollowUpView> followUps, SubmissionView authority, List<DraftView> drafts) {
	}

	record FollowUpView(int phase, String text, java.time.Instant postedAt) {
	}

	record SubmissionView(java.time.Instant at, String authority, String reference, int draftVersion,
			String notNotifiedReason) {
	}

	record DraftView(int version, String authority, String nature, Long approximatePeople, Long approximateRecords,
			String contact, String consequences, String measures, String delayReasons, java.time.Instant savedAt) {
	}

	record DemandView(java.util.UUID id, String authority, String type, java.time.LocalDate receivedOn,
			String reference, String dataConcerned, java.time.Instant toldAt, String status, String answer,
			java.time.LocalDate answeredOn) {
	}

}
