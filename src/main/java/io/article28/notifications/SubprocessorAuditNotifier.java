package io.article28.notifications;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.StaffRole;
import io.article28.core.NotFoundException;
import io.article28.subprocessors.AuditConfirmation;
import io.article28.subprocessors.AuditConfirmationAnswered;
import io.article28.subprocessors.AuditConfirmationManagement;
import io.article28.subprocessors.AuditConfirmationRequested;
import io.article28.subprocessors.SubprocessorManagement;

/**
 * Tells the provider's DPOs that a customer asks for confirmation of the last audit of a
 * sub-processor, and the customer of the answer. The staff's mail names neither the
 * organization nor its question: it is not erased with the organization.
 */
@Component
class SubprocessorAuditNotifier {

	private final AuditConfirmationManagement confirmations;

	private final SubprocessorManagement register;

	private final NotificationManagement notifications;

	private final MessageComposer composer;

	SubprocessorAuditNotifier(AuditConfirmationManagement confirmations, SubprocessorManagement register,
			NotificationManagement notifications, MessageComposer composer) {
		this.confirmations = confirmations;
		this.register = register;
		this.notifications = notifications;
		this.composer = composer;
	}

	@ApplicationModuleListener
	void on(AuditConfirmationRequested event) {
		String name = register.entry(event.subprocessorId()).subprocessor().name();
		notifications.tellStaff("subprocessor-audit-requested:" + event.confirmationId(), StaffRole.DPO,
				"subprocessor-audit-requested",
				Map.of("subprocessor", name, "confirmationId", event.confirmationId().toString()), name);
	}

	@ApplicationModuleListener
	void on(AuditConfirmationAnswered event) {
		AuditConfirmation confirmation;
		try {
			confirmation = confirmations.confirmation(event.organizationId(), event.confirmationId());
		}
		catch (NotFoundException ex) {
			return; // erased with its organization since: nobody left to tell
		}
		AuditConfirmation.Answer answer = confirmation.answer().orElseThrow();
		String name = register.entry(event.subprocessorId()).subprocessor().name();
		String lastAudit = answer.lastAuditOn().map(Object::toString).orElse(null);
		notifications.tellOrganization("subprocessor-audit-answered:" + event.confirmationId(), event.organizationId(),
				"subprocessor-audit-answered",
				Map.of("subprocessor", name, "confirmationId", event.confirmationId().toString(), "lastAudit",
						lastAudit == null ? composer.text("confirmations.noAudit") : lastAudit, "statement",
						answer.statement()),
				"subprocessor-audit.answered", name);
	}

}
