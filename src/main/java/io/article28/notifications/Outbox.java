package io.article28.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;
import io.article28.core.EmailAddress;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the notifications an event calls for, each under an idempotency key made of the
 * event, the channel and the recipient: replaying the event stores nothing twice.
 * Delivery is the job's. An event that reaches thousands of organizations fills a
 * {@link Batch}, stored with a few statements.
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
		batch().email(eventKey, organization, to, kind, mail).store();
	}

	void email(String eventKey, OrganizationId organization, EmailAddress to, String kind, MessageComposer.Mail mail,
			String attachmentName, byte[] attachment) {
		batch().email(eventKey, organization, to, kind, mail, attachmentName, attachment).store();
	}

	/**
	 * In-app notifications are delivered as they are stored: the dashboard reads them.
	 */
	void inApp(String eventKey, OrganizationId organization, String kind, String line) {
		batch().inApp(eventKey, organization, kind, line).store();
	}

	/** Queues a call to the organization's webhook, if it has one. */
	void webhook(String eventKey, OrganizationId organization, String type, Map<String, Object> data) {
		batch().webhook(eventKey, organization, type, data).store();
	}

	Batch batch() {
		return new Batch();
	}

	/** Notifications gathered to be stored together; webhooks only where one is set. */
	final class Batch {

		private final List<Notification> gathered = new ArrayList<>();

		private final Instant now = clock.instant();

		private String topic;

		/** What these notifications are stored for together, to count their delivery. */
		Batch topic(String topic) {
			this.topic = topic;
			return this;
		}

		Batch email(String eventKey, OrganizationId organization, EmailAddress to, String kind,
				MessageComposer.Mail mail) {
			return email(eventKey, organization, to, kind, mail, null, null);
		}

		Batch email(String eventKey, OrganizationId organization, EmailAddress to, String kind,
				MessageComposer.Mail mail, String attachmentName, byte[] attachment) {
			gathered.add(new Notification(UUID.randomUUID(), eventKey + ":EMAIL:" + to,
					organization == null ? null : organization.value(), Channel.EMAIL, kind, to.value(), mail.subject(),
					mail.text(), mail.html(), null, NotificationStatus.PENDING, 0, now, null, now, null, null,
					attachmentName, attachment));
			return this;
		}

		Batch inApp(String eventKey, OrganizationId organization, String kind, String line) {
			gathered.add(new Notification(UUID.randomUUID(), eventKey + ":IN_APP:" + organization, organization.value(),
					Channel.IN_APP, kind, null, line, line, null, null, NotificationStatus.SENT, 0, null, null, now,
					now, null, null, null));
			return this;
		}

		Batch webhook(String eventKey, OrganizationId organization, String type, Map<String, Object> data) {
			UUID id = UUID.randomUUID();
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("id", id.toString());
			body.put("type", type);
			body.put("occurredAt", now.toString());
			body.put("organizationId", organization.toString());
			body.put("data", data);
			gathered.add(new Notification(id, eventKey + ":WEBHOOK:" + organization, organization.value(),
					Channel.WEBHOOK, type, null, null, null, null, json.writeValueAsString(body),
					NotificationStatus.PENDING, 0, now, null, now, null, null, null, null));
			return this;
		}

		/**
		 * Stores what was gathered and not stored before; returns how many were stored.
		 */
		int store() {
			Set<UUID> withWebhook = webhooks.configured(gathered.stream()
				.filter(n -> n.channel() == Channel.WEBHOOK)
				.map(Notification::organizationId)
				.toList());
			List<Notification> storable = gathered.stream()
				.filter(n -> n.channel() != Channel.WEBHOOK || withWebhook.contains(n.organizationId()))
				.toList();
			gathered.clear();
			return notifications.insertAllIfAbsent(storable, topic);
		}

	}

}
