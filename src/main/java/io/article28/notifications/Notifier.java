package io.article28.notifications;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.ApiTokenCreated;
import io.article28.accounts.DpoContact;
import io.article28.accounts.DpoContactChanged;
import io.article28.accounts.MemberAdded;
import io.article28.accounts.Organization;
import io.article28.accounts.StaffDeactivated;
import io.article28.accounts.StaffRole;
import io.article28.accounts.StaffRolesChanged;
import io.article28.accounts.User;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.DpaAcceptanceRequested;
import io.article28.agreements.DpaSignature;
import io.article28.agreements.DpaSigned;
import io.article28.agreements.DpaUploadReviewed;
import io.article28.core.EmailAddress;

/**
 * Decides who hears of what. Each listener runs after the change committed, from the
 * event publication registry: an event whose listener did not finish (a crash, a restart)
 * is handed over again, and the outbox's idempotency keys keep that from notifying anyone
 * twice.
 */
@Component
class Notifier {

	private final AccountManagement accounts;

	private final Outbox outbox;

	private final MessageComposer composer;

	private final AgreementManagement agreements;

	Notifier(AccountManagement accounts, Outbox outbox, MessageComposer composer, AgreementManagement agreements) {
		this.accounts = accounts;
		this.agreements = agreements;
		this.outbox = outbox;
		this.composer = composer;
	}

	@ApplicationModuleListener
	void on(MemberAdded event) {
		Organization organization = accounts.organization(event.organizationId());
		User member = accounts.user(event.memberId());
		String key = "member-added:" + event.memberId();
		String role = composer.text("role." + event.role());
		outbox.email(key, organization.id(), member.email(), "member-added", composer.mail("member-added",
				Map.of("organization", organization.name(), "name", member.name(), "role", role), organization.name()));
		outbox.inApp(key, organization.id(), "member-added", composer.text("inbox.member-added", member.name(), role));
		outbox.webhook(key, organization.id(), "member.added",
				Map.of("memberId", event.memberId().toString(), "role", event.role().name()));
	}

	@ApplicationModuleListener
	void on(StaffRolesChanged event) {
		User staff = accounts.user(event.userId());
		MessageComposer.Mail mail = composer.mail("staff-roles-changed", Map.of("name", staff.name(), "roles",
				roleNames(staff.staffRoles()), "given", roleNames(event.given()), "taken", roleNames(event.taken())));
		outbox.email("staff-roles-changed:" + event.changeId(), null, staff.email(), "staff-roles-changed", mail);
	}

	@ApplicationModuleListener
	void on(StaffDeactivated event) {
		User staff = accounts.user(event.userId());
		outbox.email("staff-deactivated:" + event.userId(), null, staff.email(), "staff-deactivated",
				composer.mail("staff-deactivated", Map.of("name", staff.name())));
	}

	private String roleNames(java.util.Collection<StaffRole> roles) {
		return String.join(", ", roles.stream().sorted().map(role -> composer.text("staffRole." + role)).toList());
	}

	@ApplicationModuleListener
	void on(DpoContactChanged event) {
		Organization organization = accounts.organization(event.organizationId());
		DpoContact dpo = organization.dpoContact().orElseThrow();
		String key = "dpo-contact-changed:" + event.changeId();
		List<EmailAddress> recipients = dpoAndOwners(organization);
		MessageComposer.Mail mail = composer.mail("dpo-contact-changed",
				Map.of("organization", organization.name(), "dpoName", dpo.name(), "dpoEmail", dpo.email().value()),
				organization.name());
		recipients.forEach(to -> outbox.email(key, organization.id(), to, "dpo-contact-changed", mail));
		outbox.inApp(key, organization.id(), "dpo-contact-changed",
				composer.text("inbox.dpo-contact-changed", dpo.name()));
		outbox.webhook(key, organization.id(), "dpo-contact.changed", Map.of("changeId", event.changeId().toString()));
	}

	@ApplicationModuleListener
	void on(DpaSigned event) {
		Organization organization = accounts.organization(event.organizationId());
		DpaSignature signature = agreements.signature(event.organizationId(), event.signatureId());
		String key = "dpa-signed:" + event.signatureId();
		MessageComposer.Mail mail = composer.mail("dpa-signed",
				Map.of("organization", organization.name(), "version", event.versionId().value(), "signer",
						signature.customer().signerName(), "documentSha256", signature.documentSha256()),
				organization.name());
		String file = "dpa-" + event.versionId() + "-signed.pdf";
		dpoAndOwners(organization)
			.forEach(to -> outbox.email(key, organization.id(), to, "dpa-signed", mail, file, signature.signedPdf()));
		outbox.inApp(key, organization.id(), "dpa-signed",
				composer.text("inbox.dpa-signed", event.versionId().value(), signature.customer().signerName()));
		outbox.webhook(key, organization.id(), "dpa.signed",
				Map.of("signatureId", event.signatureId().toString(), "version", event.versionId().value()));
	}

	@ApplicationModuleListener
	void on(DpaAcceptanceRequested event) {
		Organization organization = accounts.organization(event.organizationId());
		String key = "dpa-acceptance:" + event.versionId() + ":" + event.reminder();
		// a customer who never signed is asked for its first signature, in words of its
		// own
		String template = event.neverSigned() ? "dpa-signature-requested" : "dpa-acceptance";
		String kind = event.neverSigned() ? "dpa-signature-requested" : "dpa-acceptance-requested";
		MessageComposer.Mail mail = composer.mail(template, Map.of("organization", organization.name(), "version",
				event.versionId().value(), "reminder", event.reminder()), organization.name(),
				event.versionId().value(), event.reminder());
		dpoAndOwners(organization).forEach(to -> outbox.email(key, organization.id(), to, kind, mail));
		outbox.inApp(key, organization.id(), kind, composer.text("inbox." + kind, event.versionId().value()));
		outbox.webhook(key, organization.id(), "dpa.acceptance-requested", Map.of("version", event.versionId().value(),
				"reminder", event.reminder(), "neverSigned", event.neverSigned()));
	}

	@ApplicationModuleListener
	void on(DpaUploadReviewed event) {
		Organization organization = accounts.organization(event.organizationId());
		String key = "dpa-upload-reviewed:" + event.uploadId();
		String outcome = event.accepted() ? "accepted" : "rejected";
		MessageComposer.Mail mail = composer.mail("dpa-upload-" + outcome,
				Map.of("organization", organization.name(), "version", event.versionId().value()), organization.name());
		dpoAndOwners(organization)
			.forEach(to -> outbox.email(key, organization.id(), to, "dpa-upload-" + outcome, mail));
		outbox.inApp(key, organization.id(), "dpa-upload-" + outcome,
				composer.text("inbox.dpa-upload-" + outcome, event.versionId().value()));
	}

	@ApplicationModuleListener
	void on(ApiTokenCreated event) {
		User owner = accounts.user(event.userId());
		var organization = owner.membership().map(m -> m.organizationId()).orElse(null);
		outbox.email("api-token-created:" + event.tokenId(), organization, owner.email(), "api-token-created",
				composer.mail("api-token-created", Map.of("name", owner.name())));
	}

	/** The organization's DPO (when it has one) and its owners, each once. */
	private List<EmailAddress> dpoAndOwners(Organization organization) {
		return accounts.contacts(List.of(organization.id())).get(0).recipients();
	}

}
