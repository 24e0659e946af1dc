package io.article28.notifications;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.article28.accounts.PasswordLinkMail;
import io.article28.accounts.PasswordLinkPurpose;
import io.article28.accounts.User;
import io.article28.core.LegalCalendar;

/**
 * Mails a person its link to set a password (an invitation to the staff, or a reset),
 * queued in the outbox within the transaction that made the link. Tied to no
 * organization, so that the link shows in no organization's list of deliveries.
 */
@Component
class PasswordLinkMails implements PasswordLinkMail {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'Paris time'")
		.withZone(LegalCalendar.ZONE);

	private final Outbox outbox;

	private final MessageComposer composer;

	PasswordLinkMails(Outbox outbox, MessageComposer composer) {
		this.outbox = outbox;
		this.composer = composer;
	}

	@Override
	public void send(UUID linkId, User to, PasswordLinkPurpose purpose, String path, Instant expiresAt) {
		String kind = purpose == PasswordLinkPurpose.INVITATION ? "staff-invitation" : "password-reset";
		MessageComposer.Mail mail = composer.mail(kind, Map.of("name", to.name(), "path", path, "until",
				UNTIL.format(expiresAt), "roles",
				String.join(", ", to.staffRoles().stream().map(role -> composer.text("staffRole." + role)).toList())));
		outbox.email("password-link:" + linkId, null, to.email(), kind, mail);
	}

}
