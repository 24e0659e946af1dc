package io.article28.accounts;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Makes a single-use link for a person to choose its password, and mails it: the
 * invitation of a new staff member, or a reset.
 */
@Component
class PasswordLinkSender {

	private final PasswordLinks links;

	private final PasswordLinkMail mail;

	private final Clock clock;

	PasswordLinkSender(PasswordLinks links, PasswordLinkMail mail, Clock clock) {
		this.links = links;
		this.mail = mail;
		this.clock = clock;
	}

	/** Makes the link and mails it, in the caller's transaction. */
	void send(User user, PasswordLinkPurpose purpose) {
		PasswordLinks.Issued issued = links.issue(user.id(), purpose, clock.instant());
		mail.send(issued.id(), user, purpose, "/password/" + issued.token(), issued.expiresAt());
	}

}
