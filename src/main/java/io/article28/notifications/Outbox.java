package io.article28.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;
import io.article28.core.EmailAddress;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the notifications an event calls for, each under an idempotency key made of the
 * event, the channel and the recipient: replaying the event stores nothing twice.
 * Delivery is the job's.
 */
@Component
class Outbox {

	private final Notifications notifications;

	private final Webhooks webhooks;

	private final JsonMapper json;

	private final Clock clock;

	Outbox(Notifications notifications, Webhooks webhooks, JsonMapper json, Clock clock) {
		this.notifications = notifications;
		this.webhooks = webhooks;
		this.json = json;
		this.clock = clock;
	}

	void email(String eventKey, OrganizationId organization, EmailAddress to, String kind, MessageComposer.Mail mail) {
		email(eventKey, organization, to, kind, mail, null, null);
	}

	void email(String eventKey, OrganizationId organization, EmailAddress to, String kind, MessageComposer.Mail mail,
			String attachmentName, byte[] attachment) {
		Instant now = clock.instant();
		notifications.insertIfAbsent(new Notification(UUID.randomUUID(), eventKey + ":EMAIL:" + to, id(organization),
				Channel.EMAIL, kind, to.value(), mail.subject(), mail.text(), mail.html(), null,
				NotificationStatus.PENDING, 0, now, null, now, null, null, attachmentName, attachment));
	}

	/**
	 * In-app notifications are delivered as they are stored: the dashboard reads them.
	 */
	void inApp(String eventKey, OrganizationId organization, String kind, String line) {
		Instant now = clock.instant();
		notifications.insertIfAbsent(new Notification(UUID.randomUUID(), eventKey + ":IN_APP:" + organization,
				organization.value(), Channel.IN_APP, kind, null, line, line, null, null, NotificationStatus.SENT, 0,
				null, null, now, now, null, null, null));
	}

	/** Queues a call to the organization's webhook, if it has one. */
	void webhook(String eventKey, OrganizationId organization, String type, Map<String, Object> data) {
		if (webhooks.find(organization.value()).isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		UUID id = UUID.randomUUID();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id.toString());
		body.put("type", type);
		body.put("occurredAt", now.toString());
		body.put("organizationId", organization.toString());
		body.put("data", data);
		notifications.insertIfAbsent(new Notification(id, eventKey + ":WEBHOOK:" + organization, organization.value(),
				Channel.WEBHOOK, type, null, null, null, null, json.writeValueAsString(body),
				NotificationStatus.PENDING, 0, now, null, now, null, null, null, null));
	}

	private static UUID id(OrganizationId organization) {
		return organization == null ? null : organization.value();
	}

}
