package io.article28.exports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditReport;
import io.article28.audits.AuditRequest;
import io.article28.audits.FeeQuote;
import io.article28.core.PageRequest;
import io.article28.exports.ExportViews.AttachmentView;
import io.article28.exports.ExportViews.AuditMessageView;
import io.article28.exports.ExportViews.AuditView;
import io.article28.exports.ExportViews.BreachView;
import io.article28.exports.ExportViews.DemandView;
import io.article28.exports.ExportViews.DraftView;
import io.article28.exports.ExportViews.FeeQuoteView;
import io.article28.exports.ExportViews.FollowUpView;
import io.article28.exports.ExportViews.SubmissionView;
import io.article28.incidents.AffectedOrganization;
import io.article28.incidents.AuthoritySubmission;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.CustomerBreach;
import io.article28.incidents.GovernmentDemand;
import io.article28.incidents.GovernmentDemandManagement;

/**
 * The compliance cases of an export: the organization's audits of the provider (with
 * their fee quotes and reports, as files), the breaches it was told of (with every
 * version of its draft to its authority and what it recorded), and the government demands
 * it was told of. Each is counted in tens, so each part is one JSON file.
 */
@Component
class ComplianceRecords {

	private final AuditManagement audits;

	private final BreachManagement breaches;

	private final GovernmentDemandManagement demands;

	ComplianceRecords(AuditManagement audits, BreachManagement breaches, GovernmentDemandManagement demands) {
		this.audits = audits;
		this.breaches = breaches;
		this.demands = demands;
	}

	long count(OrganizationId organization, ExportPart part) {
		return switch (part) {
			case AUDITS -> audits.requests(organization).size();
			case BREACHES -> breaches.breaches(organization, PageRequest.of(0, 1)).totalItems();
			case DEMANDS -> demands.toldTo(organization, PageRequest.of(0, 1)).totalItems();
			default -> throw new IllegalArgumentException(part + " is not a compliance part");
		};
	}

	void write(OrganizationId organization, ExportPart part, ExportArchive zip, LongConsumer rows) throws IOException {
		switch (part) {
			case AUDITS -> audits(organization, zip, rows);
			case BREACHES -> breaches(organization, zip, rows);
			case DEMANDS -> demands(organization, zip, rows);
			default -> throw new IllegalArgumentException(part + " is not a compliance part");
		}
	}

	private void audits(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		List<AuditView> views = new ArrayList<>();
		for (AuditRequest request : audits.requests(organization)) {
			var plan = request.plan();
			var decision = request.decision().orElse(null);
			var work = request.work().orElse(null);
			views.add(new AuditView(request.id(), request.submittedAt(), request.status().name(), plan.scope(),
					plan.proposedStart(), plan.durationDays(), plan.auditor().kind().name(), plan.auditor().name(),
					plan.auditor().confidentialityAgreementSigned(), plan.legalObligation(),
					request.thread()
						.stream()
						.map(message -> new AuditMessageView(message.side().name(), message.text(), message.at()))
						.toList(),
					decision == null ? null : decision.agreedStart(),
					decision == null ? null : decision.agreedDurationDays(),
					decision == null ? null : decision.refusalReason(),
					request.quotes().stream().map(ComplianceRecords::quote).toList(),
					work == null ? null : work.startedAt(), work == null ? null : work.completedAt(),
					reports(organization, request, zip)));
			rows.accept(1);
		}
		zip.json("audits/audits.json", ExportPart.AUDITS, views);
	}

	private static FeeQuoteView quote(FeeQuote quote) {
		FeeQuote.Answer answer = quote.answer();
		return new FeeQuoteView(quote.id(), quote.proposedAt(), quote.assistance(), quote.amount(), quote.currency(),
				quote.status().name(), answer == null ? null : answer.at(),
				answer == null ? null : answer.approverName(), answer == null ? null : answer.approvedSha256(),
				answer == null ? null : answer.declineReason());
	}

	private List<AttachmentView> reports(OrganizationId organization, AuditRequest request, ExportArchive zip)
			throws IOException {
		List<AttachmentView> views = new ArrayList<>();
		for (AuditReport report : audits.reports(request.id())) {
			String file = "audits/reports/" + request.id() + "/" + report.id() + "-" + report.filename();
			byte[] bytes = audits.report(organization, request.id(), report.id()).bytes();
			zip.file(file, ExportPart.AUDITS, report.contentType(), out -> out.write(bytes));
			views.add(new AttachmentView(report.id(), report.filename(), report.contentType(), report.sizeBytes(),
					report.sha256(), file));
		}
		return views;
	}

	private void breaches(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		List<BreachView> views = new ArrayList<>();
		ExportWriter.pages(page -> breaches.breaches(organization, page), (CustomerBreach breach) -> {
			var notice = breach.notice();
			AuthoritySubmission submission = notice.submission();
			views.add(new BreachView(breach.id(), breach.title(), breach.description(), notice.notifiedAt(),
					notice.awareAt(), notice.deadline().deadline(),
					notice.apps().stream().map(AffectedOrganization.AffectedApp::name).toList(),
					breach.followUps()
						.stream()
						.map(followUp -> new FollowUpView(followUp.phase(), followUp.text(), followUp.postedAt()))
						.toList(),
					submission == null ? null
							: new SubmissionView(submission.at(), submission.authority(), submission.reference(),
									submission.draftVersion(), submission.notNotifiedReason()),
					breaches.draftVersions(organization, breach.id())
						.stream()
						.map(draft -> new DraftView(draft.version(), draft.authority(), draft.nature(),
								draft.approximatePeople(), draft.approximateRecords(), draft.contact(),
								draft.consequences(), draft.measures(), draft.delayReasons(), draft.savedAt()))
						.toList()));
			rows.accept(1);
		});
		zip.json("breaches/breaches.json", ExportPart.BREACHES, views);
	}

	private void demands(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		List<DemandView> views = new ArrayList<>();
		ExportWriter.pages(page -> demands.toldTo(organization, page), (GovernmentDemand demand) -> {
			views.add(new DemandView(demand.id(), demand.authority(), demand.type().name(), demand.receivedOn(),
					demand.reference().orElse(null), demand.dataConcerned(), demand.customersToldAt().orElse(null),
					demand.status().name(), demand.answer().orElse(null), demand.answeredOn().orElse(null)));
			rows.accept(1);
		});
		zip.json("demands/demands.json", ExportPart.DEMANDS, views);
	}

}
