package io.article28.exports;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.User;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.DpaStatus;
import io.article28.agreements.DpaUploadManagement;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.exports.ExportViews.AttachmentView;
import io.article28.exports.ExportViews.AuditConfirmationView;
import io.article28.exports.ExportViews.DpaStatusView;
import io.article28.exports.ExportViews.NoticeView;
import io.article28.exports.ExportViews.OrganizationView;
import io.article28.exports.ExportViews.MessageView;
import io.article28.exports.ExportViews.RequestView;
import io.article28.exports.ExportViews.RequestsView;
import io.article28.requests.RequestAttachment;
import io.article28.requests.RequestManagement;
import io.article28.requests.ResponseDeadline;
import io.article28.requests.RightsRequest;
import io.article28.exports.ExportViews.SignatureView;
import io.article28.exports.ExportViews.UploadView;
import io.article28.notifications.Channel;
import io.article28.notifications.NotificationManagement;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;
import io.article28.subprocessors.AuditConfirmation;
import io.article28.subprocessors.AuditConfirmationManagement;
import io.article28.subprocessors.ChangeNotice;
import io.article28.subprocessors.OrganizationChange;
import io.article28.subprocessors.SubprocessorChangeManagement;
import io.article28.trail.TrailEntry;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

/**
 * Writes each part of an organization's data into the archive: tables as CSV, nested data
 * as JSON, the signed PDFs as they are. The large tables (trail, notifications) are read
 * from the database in batches and written row by row; {@code rows} hears of every row
 * written, for the progress.
 */
@Component
class ExportWriter {

	private static final int PAGE = PageRequest.MAX_SIZE;

	static final String[] MEMBERS = { "id", "email", "name", "role", "can_export", "created_at" };

	static final String[] APPS = { "id", "name", "region", "contact_url", "created_at" };

	static final String[] INVOICES = { "number", "amount_cents", "currency", "due_date", "status" };

	static final String[] NOTIFICATIONS = { "id", "created_at", "channel", "kind", "recipient", "subject", "status",
			"attempts", "delivered_at", "read_at", "last_error", "attachment_name", "body_text", "payload" };

	/** The fields an auditor needs to recompute each entry's hash, as the trail's CSV. */
	static final String[] TRAIL = TrailEntry.COLUMNS.toArray(String[]::new);

	private final AccountManagement accounts;

	private final PlatformManagement platform;

	private final AgreementManagement agreements;

	private final DpaUploadManagement uploads;

	private final SubprocessorChangeManagement changes;

	private final AuditConfirmationManagement confirmations;

	private final NotificationManagement notifications;

	private final TrailManagement trail;

	private final PlatformReferences platformReferences;

	private final RequestManagement requests;

	private final ComplianceRecords compliance;

	private final DataMapExport dataMap;

	ExportWriter(AccountManagement accounts, PlatformManagement platform, AgreementManagement agreements,
			DpaUploadManagement uploads, SubprocessorChangeManagement changes, NotificationManagement notifications,
			TrailManagement trail, PlatformReferences platformReferences, RequestManagement requests,
			ComplianceRecords compliance, AuditConfirmationManagement confirmations, DataMapExport dataMap) {
		this.dataMap = dataMap;
		this.requests = requests;
		this.compliance = compliance;
		this.confirmations = confirmations;
		this.accounts = accounts;
		this.platform = platform;
		this.agreements = agreements;
		this.uploads = uploads;
		this.changes = changes;
		this.notifications = notifications;
		this.trail = trail;
		this.platformReferences = platformReferences;
	}

	/**
	 * The rows the parts hold now, counted before writing them: the base of the progress.
	 */
	long count(OrganizationId organization, Set<ExportPart> parts) {
		long rows = 0;
		for (ExportPart part : parts) {
			rows += switch (part) {
				case PROFILE -> 1 + accounts.members(organization, PageRequest.of(0, 1)).totalItems();
				case APPS -> platform.apps(organization, PageRequest.of(0, 1)).totalItems();
				case INVOICES -> platform.invoices(organization, PageRequest.of(0, 1)).totalItems();
				case DPA -> agreements.signatures(organization).size() + uploads.uploads(organization).size();
				case SUBPROCESSORS -> changes.changesOf(organization, PageRequest.of(0, 1)).totalItems()
						+ confirmations.confirmations(organization, PageRequest.of(0, 1)).totalItems();
				case NOTIFICATIONS -> {
					long total = 0;
					for (Channel channel : Channel.values()) {
						total += notifications.deliveries(organization, channel, PageRequest.of(0, 1)).totalItems();
					}
					yield total;
				}
				case REQUESTS -> requests.received(organization, null, false, PageRequest.of(0, 1)).totalItems();
				case AUDITS, BREACHES, DEMANDS -> compliance.count(organization, part);
				case DATA_MAP -> dataMap.count(organization);
				case TRAIL -> trail.entries(TrailFilter.organization(organization), PageRequest.of(0, 1)).totalItems();
				case PLATFORM -> platform.backups(organization, PageRequest.of(0, 1)).totalItems();
			};
		}
		return rows;
	}

	void write(OrganizationId organization, Set<ExportPart> parts, ExportArchive zip, LongConsumer rows)
			throws IOException {
		for (ExportPart part : ExportPart.values()) {
			if (parts.contains(part)) {
				switch (part) {
					case PROFILE -> profile(organization, zip, rows);
					case APPS -> apps(organization, zip, rows);
					case INVOICES -> invoices(organization, zip, rows);
					case DPA -> dpa(organization, zip, rows);
					case SUBPROCESSORS -> subprocessors(organization, zip, rows);
					case NOTIFICATIONS -> notifications(organization, zip, rows);
					case REQUESTS -> requests(organization, zip, rows);
					case AUDITS, BREACHES, DEMANDS -> compliance.write(organization, part, zip, rows);
					case DATA_MAP -> dataMap.write(organization, zip, rows);
					case TRAIL -> trail(organization, zip, rows);
					case PLATFORM -> platformReferences.write(organization, zip, rows);
				}
			}
		}
	}

	private void profile(OrganizationId id, ExportArchive zip, LongConsumer rows) throws IOException {
		Organization organization = accounts.organization(id);
		zip.json("profile/organization.json", ExportPart.PROFILE,
				new OrganizationView(id.value(), organization.name(), organization.billingEmail().value(),
						organization.dpoContact()
							.map(dpo -> Map.of("name", dpo.name(), "email", dpo.email().value()))
							.orElse(null),
						organization.createdAt()));
		rows.accept(1);
		zip.csv("profile/members.csv", ExportPart.PROFILE, MEMBERS,
				csv -> pages(page -> accounts.members(id, page), (User member) -> {
					var membership = member.membership().orElseThrow();
					csv.row(member.id(), member.email(), member.name(), membership.role(), membership.canExport(),
							member.createdAt());
					rows.accept(1);
				}));
	}

	private void apps(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		zip.csv("apps/apps.csv", ExportPart.APPS, APPS,
				csv -> pages(page -> platform.apps(organization, page), (App app) -> {
					csv.row(app.id(), app.name(), app.regionCode(), app.contactUrl(), app.createdAt());
					rows.accept(1);
				}));
	}

	private void invoices(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		zip.csv("invoices/invoices.csv", ExportPart.INVOICES, INVOICES,
				csv -> pages(page -> platform.invoices(organization, page), invoice -> {
					csv.row(invoice.number(), invoice.amountCents(), invoice.currency().getCurrencyCode(),
							invoice.dueDate(), invoice.status());
					rows.accept(1);
				}));
	}

	private void dpa(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		DpaStatus status = agreements.status(organization);
		zip.json("dpa/status.json", ExportPart.DPA, new DpaStatusView(status.state(),
				status.signedVersion() == null ? null : status.signedVersion().value(),
				status.pendingVersion() == null ? null : status.pendingVersion().value(), status.effectiveTerms()));
		var signatures = agreements.signatures(organization).stream().map(signature -> {
			String pdf = "dpa/signatures/" + signature.id() + ".pdf";
			return new SignatureView(signature.id(), signature.versionId().value(), signature.documentSha256(),
					signature.signerId().value(), signature.signedAt(), signature.ipAddress(), signature.userAgent(),
					signature.customer(), pdf, signature.signedPdfSha256());
		}).toList();
		zip.json("dpa/signatures.json", ExportPart.DPA, signatures);
		for (var signature : signatures) {
			byte[] pdf = agreements.signature(organization, signature.id()).signedPdf();
			zip.file(signature.signedPdf(), ExportPart.DPA, "application/pdf", out -> out.write(pdf));
			rows.accept(1);
		}
		var uploaded = uploads.uploads(organization)
			.stream()
			.map(upload -> new UploadView(upload.id(), upload.versionId().value(), upload.uploadedBy().value(),
					upload.uploadedAt(), upload.filename(), upload.sha256(), upload.status().name(),
					upload.reviewedAt(), upload.reason(), "dpa/uploads/" + upload.id() + ".pdf"))
			.toList();
		zip.json("dpa/uploads.json", ExportPart.DPA, uploaded);
		for (var upload : uploaded) {
			byte[] pdf = uploads.uploadedPdf(upload.id());
			zip.file(upload.pdf(), ExportPart.DPA, "application/pdf", out -> out.write(pdf));
			rows.accept(1);
		}
	}

	private void subprocessors(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		var notices = new java.util.ArrayList<NoticeView>();
		pages(page -> changes.changesOf(organization, page), (OrganizationChange change) -> {
			notices.add(notice(change));
			rows.accept(1);
		});
		zip.json("subprocessors/notices.json", ExportPart.SUBPROCESSORS, notices);
		var asked = new java.util.ArrayList<AuditConfirmationView>();
		pages(page -> confirmations.confirmations(organization, page), (AuditConfirmation confirmation) -> {
			asked.add(AuditConfirmationView.of(confirmation));
			rows.accept(1);
		});
		zip.json("subprocessors/audit-confirmations.json", ExportPart.SUBPROCESSORS, asked);
	}

	private static NoticeView notice(OrganizationChange change) {
		ChangeNotice notice = change.notice();
		var details = change.details();
		return new NoticeView(details.change().id(), details.change().type().name(), details.subject().name(),
				details.change().summary(), details.change().effectiveOn(), notice.dpaVersion().value(),
				notice.regime().name(), notice.notifiedAt(), notice.objectionWindowDays(), change.status().name(),
				name(notice.answer()), name(notice.ground()), notice.justification(), notice.answeredAt(),
				notice.answeredBy() == null ? null : notice.answeredBy().value(), name(notice.decision()),
				notice.decisionReason(), notice.decidedAt());
	}

	private void notifications(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		zip.csv("notifications/notifications.csv", ExportPart.NOTIFICATIONS, NOTIFICATIONS,
				csv -> notifications.forEach(organization, n -> ExportArchive.unchecked(() -> {
					csv.row(n.id(), n.createdAt(), n.channel(), n.kind(), n.recipient(), n.subject(), n.status(),
							n.attempts(), n.deliveredAt(), n.readAt(), n.lastError(), n.attachmentName(), n.bodyText(),
							n.payload());
					rows.accept(1);
				})));
	}

	private void requests(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		// A request and its messages are nested: they are gathered a page at a time, and
		// an
		// organization's requests are counted in hundreds, not millions.
		List<RequestView> views = new java.util.ArrayList<>();
		Page<RightsRequest> page;
		int number = 0;
		do {
			page = requests.received(organization, null, false, PageRequest.of(number++, PAGE));
			for (RightsRequest request : page.items()) {
				views.add(new RequestView(request.id(), request.appName().orElse(null), request.right().name(),
						request.status().name(), request.requesterEmail().value(), request.details(),
						request.receivedAt().orElse(null), request.deadline().map(ResponseDeadline::dueOn).orElse(null),
						request.extension().map(RightsRequest.Extension::reason).orElse(null),
						request.answer().map(answer -> answer.outcome().name()).orElse(null),
						request.answer().map(RightsRequest.Answer::message).orElse(null),
						request.answer().map(RightsRequest.Answer::at).orElse(null),
						requests.messages(request.id())
							.stream()
							.map(message -> new MessageView(message.author().name(), message.body(),
									message.createdAt()))
							.toList(),
						attachments(organization, request, zip)));
				rows.accept(1);
			}
		}
		while (page.hasNext());
		zip.json("requests/requests.json", ExportPart.REQUESTS, new RequestsView(views,
				"The rights requests of data subjects forwarded to this organization, with their answers and messages."));
	}

	/** Writes the files attached to the request's answer, and says where they are. */
	private List<AttachmentView> attachments(OrganizationId organization, RightsRequest request, ExportArchive zip)
			throws IOException {
		List<AttachmentView> views = new java.util.ArrayList<>();
		for (RequestAttachment attachment : requests.attachments(request.id())) {
			String file = "requests/attachments/" + request.id() + "/" + attachment.id() + "-" + attachment.filename();
			byte[] bytes = requests.attachment(organization, request.id(), attachment.id()).bytes();
			zip.file(file, ExportPart.REQUESTS, attachment.contentType(), out -> out.write(bytes));
			views.add(new AttachmentView(attachment.id(), attachment.filename(), attachment.contentType(),
					attachment.sizeBytes(), attachment.sha256(), file));
		}
		return views;
	}

	private void trail(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		zip.csv("trail/trail.csv", ExportPart.TRAIL, TRAIL,
				csv -> trail.forEach(TrailFilter.organization(organization), entry -> ExportArchive.unchecked(() -> {
					csv.row(entry.columnValues());
					rows.accept(1);
				})));
	}

	/** Reads a small list page after page and hands each item over. */
	static <T> void pages(Function<PageRequest, Page<T>> read, Item<T> action) throws IOException {
		Page<T> page;
		int number = 0;
		do {
			page = read.apply(new PageRequest(number++, PAGE));
			for (T item : page.items()) {
				action.accept(item);
			}
		}
		while (page.hasNext());
	}

	@FunctionalInterface
	interface Item<T> {

		void accept(T item) throws IOException;

	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

}
