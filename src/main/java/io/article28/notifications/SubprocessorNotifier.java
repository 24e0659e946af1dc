package io.article28.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationContacts;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffRole;
import io.article28.subprocessors.ChangeDetails;
import io.article28.subprocessors.ChangeNotice;
import io.article28.subprocessors.ConsentAnswered;
import io.article28.subprocessors.ObjectionDecided;
import io.article28.subprocessors.ObjectionRaised;
import io.article28.subprocessors.ObjectionWindow;
import io.article28.subprocessors.SubprocessorChangeAnnounced;
import io.article28.subprocessors.SubprocessorChangeManagement;

/**
 * Tells customers of changes of sub-processors, and of what became of their answers;
 * tells the provider's DPOs of objections. A change reaches every customer bound by a
 * DPA: its notices are walked a batch at a time and each batch's notifications are stored
 * together, under keys that make a replayed event notify nobody twice.
 */
@Component
class SubprocessorNotifier {

	static final int BATCH = 500;

	private final SubprocessorChangeManagement changes;

	private final AccountManagement accounts;

	private final Outbox outbox;

	private final MessageComposer composer;

	SubprocessorNotifier(SubprocessorChangeManagement changes, AccountManagement accounts, Outbox outbox,
			MessageComposer composer) {
		this.changes = changes;
		this.accounts = accounts;
		this.outbox = outbox;
		this.composer = composer;
	}

	@ApplicationModuleListener
	void on(SubprocessorChangeAnnounced event) {
		ChangeDetails details = changes.change(event.changeId());
		OrganizationId after = null;
		List<ChangeNotice> notices;
		do {
			notices = changes.notices(event.changeId(), after, BATCH);
			if (!notices.isEmpty()) {
				announce(details, notices);
				after = notices.get(notices.size() - 1).organizationId();
			}
		}
		while (notices.size() == BATCH);
	}

	private void announce(ChangeDetails details, List<ChangeNotice> notices) {
		Map<OrganizationId, OrganizationContacts> contacts = accounts
			.contacts(notices.stream().map(ChangeNotice::organizationId).toList())
			.stream()
			.collect(Collectors.toMap(OrganizationContacts::id, Function.identity()));
		Outbox.Batch batch = outbox.batch();
		for (ChangeNotice notice : notices) {
			OrganizationContacts organization = contacts.get(notice.organizationId());
			if (organization == null) {
				continue;
			}
			String key = "subprocessor-change:" + notice.changeId() + ":" + organization.id();
			String name = details.subject().name();
			String type = details.change().type().name();
			String deadline = notice.window().map(ObjectionWindow::lastDay).map(Object::toString).orElse(null);
			Map<String, Object> values = new HashMap<>();
			values.put("organization", organization.name());
			values.put("type", type);
			values.put("subprocessor", name);
			values.put("outgoing", details.outgoing() == null ? "" : details.outgoing().name());
			values.put("summary", details.change().summary());
			values.put("effectiveOn", details.change().effectiveOn().toString());
			values.put("version", notice.dpaVersion().value());
			values.put("deadline", deadline == null ? "" : deadline);
			values.put("days", notice.objectionWindowDays() == null ? 0 : notice.objectionWindowDays());
			MessageComposer.Mail mail = composer.mail("subprocessor-change", values, organization.name(), name);
			organization.recipients()
				.forEach(to -> batch.email(key, organization.id(), to, "subprocessor-change", mail));
			batch.inApp(key, organization.id(), "subprocessor-change",
					deadline == null
							? composer.text("inbox.subprocessor-change.consent", name, details.change().effectiveOn())
							: composer.text("inbox.subprocessor-change.window", name, details.change().effectiveOn(),
									deadline));
			Map<String, Object> data = new HashMap<>();
			data.put("changeId", notice.changeId().toString());
			data.put("type", type);
			data.put("effectiveOn", details.change().effectiveOn().toString());
			data.put("regime", notice.regime().name());
			data.put("objectionDeadline", notice.window().map(w -> w.closesAt().toString()).orElse(null));
			batch.webhook(key, organization.id(), "subprocessor-change.announced", data);
		}
		batch.store();
	}

	@ApplicationModuleListener
	void on(ObjectionRaised event) {
		ChangeDetails details = changes.change(event.changeId());
		OrganizationContacts organization = contacts(event.organizationId());
		String key = "subprocessor-objection:" + event.changeId() + ":" + event.organizationId();
		String ground = composer.text("dpa.ground." + event.ground());
		MessageComposer.Mail mail = composer.mail(
				"subprocessor-objection", Map.of("organization", organization.name(), "subprocessor",
						details.subject().name(), "ground", ground, "changeId", event.changeId().toString()),
				organization.name(), details.subject().name());
		Outbox.Batch batch = outbox.batch();
		accounts.staffEmails(StaffRole.DPO).forEach(dpo -> batch.email(key, null, dpo, "subprocessor-objection", mail));
		batch.inApp(key, organization.id(), "subprocessor-objection",
				composer.text("inbox.subprocessor-objection", details.subject().name(), ground));
		batch.webhook(key, organization.id(), "subprocessor-change.objected",
				Map.of("changeId", event.changeId().toString(), "ground", event.ground().name()));
		batch.store();
	}

	@ApplicationModuleListener
	void on(ObjectionDecided event) {
		ChangeDetails details = changes.change(event.changeId());
		OrganizationContacts organization = contacts(event.organizationId());
		ChangeNotice notice = changes.changeOf(event.organizationId(), event.changeId()).notice();
		String key = "subprocessor-objection-decided:" + event.changeId() + ":" + event.organizationId();
		String outcome = event.upheld() ? "upheld" : "dismissed";
		MessageComposer.Mail mail = composer.mail(
				"subprocessor-objection-" + outcome, Map.of("organization", organization.name(), "subprocessor",
						details.subject().name(), "reason", notice.decisionReason()),
				organization.name(), details.subject().name());
		Outbox.Batch batch = outbox.batch();
		organization.recipients()
			.forEach(to -> batch.email(key, organization.id(), to, "subprocessor-objection-" + outcome, mail));
		batch.inApp(key, organization.id(), "subprocessor-objection-" + outcome,
				composer.text("inbox.subprocessor-objection-" + outcome, details.subject().name()));
		batch.webhook(key, organization.id(), "subprocessor-change.objection-" + outcome,
				Map.of("changeId", event.changeId().toString()));
		batch.store();
	}

	@ApplicationModuleListener
	void on(ConsentAnswered event) {
		ChangeDetails details = changes.change(event.changeId());
		OrganizationId organization = event.organizationId();
		String key = "subprocessor-consent:" + event.changeId() + ":" + organization;
		String answer = event.consented() ? "consented" : "refused";
		outbox.batch()
			.inApp(key, organization, "subprocessor-" + answer,
					composer.text("inbox.subprocessor-" + answer, details.subject().name()))
			.webhook(key, organization, "subprocessor-change." + answer,
					Map.of("changeId", event.changeId().toString()))
			.store();
	}

	private OrganizationContacts contacts(OrganizationId organization) {
		return accounts.contacts(List.of(organization)).get(0);
	}

}
