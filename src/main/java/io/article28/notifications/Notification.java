package io.article28.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient on one channel, with its delivery state and, for a mail,
 * one attachment.
 */
public record Notification(UUID id, String idempotencyKey, UUID organizationId, Channel channel, String kind,
		String recipient, String subject, String bodyText, String bodyHtml, String payload, NotificationStatus status,
		int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant deliveredAt, Instant readAt,
		String attachmentName, byte[] attachment) {

	public boolean read() {
		return readAt != null;
	}
}
