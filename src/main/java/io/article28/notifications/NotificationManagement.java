package io.article28.notifications;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationContacts;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffRole;
import io.article28.core.EmailAddress;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * What customers and staff do with notifications: webhooks, the in-app inbox, the
 * mailbox.
 */
@Service
@Transactional
public class NotificationManagement {

	/** Long enough that it cannot be guessed. */
	public static final int MIN_SECRET_LENGTH = 16;

	private static final int EXPORT_BATCH = 1000;

	/** What a customer sees of its webhook: never the secret. */
	public record WebhookView(URI url, java.time.Instant updatedAt) {
	}

	private final Notifications notifications;

	private final Webhooks webhooks;

	private final TrailManagement trail;

	private final Clock clock;

	private final boolean allowAnyUrl;

	private final AccountManagement accounts;

	private final Outbox outbox;

	private final MessageComposer composer;

	NotificationManagement(Notifications notifications, Webhooks webhooks, TrailManagement trail, Clock clock,
			@Value("${article28.webhooks.allow-any-url:false}") boolean allowAnyUrl, AccountManagement accounts,
			Outbox outbox, MessageComposer composer) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.composer = composer;
		this.notifications = notifications;
		this.webhooks = webhooks;
		this.trail = trail;
		this.clock = clock;
		this.allowAnyUrl = allowAnyUrl;
	}

	/**
	 * Tells an organization's DPO and owners of something that concerns the whole
	 * account, by mail (template {@code mail/<kind>}), in-app ({@code inbox.<kind>} with
	 * the arguments) and on its webhook. Queued in the caller's transaction: told if and
	 * only if it happened, once per event key.
	 */
	public void tellOrganization(String eventKey, OrganizationId organization, String kind, Map<String, Object> values,
			String webhookType, Object... inAppArguments) {
		tellOrganizations(null, kind, webhookType,
				List.of(new OrganizationMessage(eventKey, organization, values, Arrays.asList(inAppArguments))));
	}

	/**
	 * One organization's share of a notice that reaches many: its event key, the values
	 * of its mail and webhook, the arguments of its in-app line.
	 */
	public record OrganizationMessage(String eventKey, OrganizationId organization, Map<String, Object> values,
			List<Object> inAppArguments) {

		public OrganizationMessage {
			// copies that keep null values, which an optional field may have
			values = Collections.unmodifiableMap(new HashMap<>(values));
			inAppArguments = Collections.unmodifiableList(new ArrayList<>(inAppArguments));
		}
	}

	/**
	 * Tells many organizations of the same kind of event as {@link #tellOrganization}
	 * tells one, with their contacts read and the notifications stored together under a
	 * topic (none when null), whose delivery {@link #deliveryProgress} counts: for a
	 * notice that reaches thousands, called a batch at a time. Returns how many of the
	 * organizations still exist and were told.
	 */
	public int tellOrganizations(String topic, String kind, String webhookType, List<OrganizationMessage> messages) {
		Map<OrganizationId, OrganizationContacts> contacts = new HashMap<>();
		accounts.contacts(messages.stream().map(OrganizationMessage::organization).toList())
			.forEach(found -> contacts.put(found.id(), found));
		Outbox.Batch batch = outbox.batch().topic(topic);
		int told = 0;
		for (OrganizationMessage message : messages) {
			OrganizationContacts organization = contacts.get(message.organization());
			if (organization == null) {
				continue;
			}
			Map<String, Object> mailValues = new HashMap<>(message.values());
			mailValues.put("organization", organization.name());
			MessageComposer.Mail mail = composer.mail(kind, mailValues, organization.name());
			organization.recipients().forEach(to -> batch.email(message.eventKey(), organization.id(), to, kind, mail));
			batch
				.inApp(message.eventKey(), organization.id(), kind,
						composer.text("inbox." + kind, message.inAppArguments().toArray()))
				.webhook(message.eventKey(), organization.id(), webhookType, message.values());
			told++;
		}
		batch.store();
		return told;
	}

	/** How far the delivery of the notifications stored under a topic has come. */
	public record DeliveryProgress(long queued, long delivered, long failed) {

		public long total() {
			return queued + delivered + failed;
		}
	}

	@Transactional(readOnly = true)
	public DeliveryProgress deliveryProgress(String topic) {
		return notifications.progress(topic);
	}

	/**
	 * Mails one person who has no account, such as someone who filed a rights request;
	 * queued in the caller's transaction, once per event key.
	 */
	public void tellPerson(String eventKey, EmailAddress to, String kind, Map<String, Object> values,
			Object... subjectArguments) {
		outbox.email(eventKey, null, to, kind, composer.mail(kind, values, subjectArguments));
	}

	/** Mails every member of the provider's staff holding the role. */
	public void tellStaff(String eventKey, StaffRole role, String kind, Map<String, Object> values,
			Object... subjectArguments) {
		MessageComposer.Mail mail = composer.mail(kind, values, subjectArguments);
		Outbox.Batch batch = outbox.batch();
		accounts.staffEmails(role).forEach(to -> batch.email(eventKey, null, to, kind, mail));
		batch.store();
	}

	public WebhookView configureWebhook(OrganizationId organization, String url, String secret) {
		URI address = WebhookAddress.check(url, allowAnyUrl);
		if (secret == null || secret.length() < MIN_SECRET_LENGTH || secret.length() > 200) {
			throw RejectedException.invalid("secret", "must be " + MIN_SECRET_LENGTH + " to 200 characters");
		}
		webhooks.save(organization.value(), address, secret, clock.instant());
		trail.record(TrailRecord.of("webhook.configured", organization, "webhook", organization)
			.with("host", address.getHost()));
		return webhook(organization).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<WebhookView> webhook(OrganizationId organization) {
		return webhooks.find(organization.value()).map(hook -> new WebhookView(hook.url(), hook.updatedAt()));
	}

	public void removeWebhook(OrganizationId organization) {
		if (!webhooks.delete(organization.value())) {
			throw new NotFoundException("Webhook");
		}
		trail.record(TrailRecord.of("webhook.removed", organization, "webhook", organization));
	}

	@Transactional(readOnly = true)
	public Page<Notification> inbox(OrganizationId organization, PageRequest page) {
		return notifications.page(organization.value(), Channel.IN_APP, page);
	}

	@Transactional(readOnly = true)
	public long unread(OrganizationId organization) {
		return notifications.countUnread(organization.value());
	}

	public void markRead(OrganizationId organization, UUID notification) {
		if (!notifications.exists(organization.value(), notification)) {
			throw new NotFoundException("Notification");
		}
		notifications.markRead(organization.value(), notification, clock.instant());
	}

	public int markAllRead(OrganizationId organization) {
		return notifications.markAllRead(organization.value(), clock.instant());
	}

	/** Every outgoing mail, sent or kept, newest first: the staff mailbox. */
	@Transactional(readOnly = true)
	public Page<Notification> mailbox(PageRequest page) {
		return notifications.page(null, Channel.EMAIL, page);
	}

	/**
	 * An organization's outgoing notifications on one channel, with their delivery state.
	 */
	@Transactional(readOnly = true)
	public Page<Notification> deliveries(OrganizationId organization, Channel channel, PageRequest page) {
		return notifications.page(organization.value(), channel, page);
	}

	/**
	 * Every notification of the organization on every channel, oldest first, read in
	 * batches and without attachments: for an export of any size.
	 */
	@Transactional(readOnly = true)
	public void forEach(OrganizationId organization, Consumer<Notification> action) {
		Instant at = Instant.EPOCH;
		UUID after = new UUID(0, 0);
		List<Notification> batch;
		do {
			batch = notifications.after(organization.value(), at, after, EXPORT_BATCH);
			batch.forEach(action);
			if (!batch.isEmpty()) {
				Notification last = batch.get(batch.size() - 1);
				at = last.createdAt();
				after = last.id();
			}
		}
		while (batch.size() == EXPORT_BATCH);
	}

	@Transactional(readOnly = true)
	public List<Attempt> attempts(UUID notification) {
		return notifications.attempts(notification);
	}

}
