package io.article28.notifications;

/**
 * Where a notification stands: waiting (PENDING), being delivered (SENDING), delivered
 * (SENT), kept in the mailbox because no SMTP server is configured (KEPT), or given up
 * after the last retry (FAILED).
 */
public enum NotificationStatus {

	PENDING, SENDING, SENT, KEPT, FAILED

}
