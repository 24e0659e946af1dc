package io.article28.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * Sends a person its link to set a password. Implemented by the module that sends mail;
 * called inside the transaction that made the link, so that the mail is queued exactly
 * when the link exists. The link's secret goes into the mail only.
 */
public interface PasswordLinkMail {

	void send(UUID linkId, User to, PasswordLinkPurpose purpose, String path, Instant expiresAt);

}
