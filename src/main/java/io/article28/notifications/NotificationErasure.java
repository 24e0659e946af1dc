package io.article28.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationContacts;
import io.article28.accounts.OrganizationErased;

/**
 * Erases an erased organization's notifications (and those addressed to its members),
 * their attempts and its webhook, then queues the last message: the confirmation to its
 * owners and DPO. That message belongs to no organization and is itself erased once
 * delivered (see {@link #ERASED_ON_DELIVERY}).
 */
@Component
class NotificationErasure {

	/** Kinds of notification whose recipient and content are erased once delivered. */
	static final Set<String> ERASED_ON_DELIVERY = Set.of("account-erased");

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final Outbox outbox;

	private final MessageComposer composer;

	private final Clock clock;

	NotificationErasure(JdbcClient jdbc, AccountManagement accounts, Outbox outbox, MessageComposer composer,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.outbox = outbox;
		this.composer = composer;
		this.clock = clock;
	}

	@EventListener
	void on(OrganizationErased event) {
		UUID organization = event.organizationId().value();
		// An empty list is not valid SQL; no stored recipient is the empty string.
		List<String> memberEmails = event.members().isEmpty() ? List.of("")
				: event.members().stream().map(id -> accounts.user(id).email().value()).toList();
		String addressed = "select id from notification where organization_id = :organization or recipient in (:emails)";
		jdbc.sql("delete from notification_attempt where notification_id in (" + addressed + ")")
			.param("organization", organization)
			.param("emails", memberEmails)
			.update();
		jdbc.sql("delete from notification where id in (" + addressed + ")")
			.param("organization", organization)
			.param("emails", memberEmails)
			.update();
		jdbc.sql("delete from webhook where organization_id = :organization")
			.param("organization", organization)
			.update();
		confirm(accounts.contacts(List.of(event.organizationId())).get(0));
	}

	private void confirm(OrganizationContacts contacts) {
		MessageComposer.Mail mail = composer.mail("account-erased", Map.of("organization", contacts.name(), "purgedOn",
				LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString()));
		Outbox.Batch batch = outbox.batch();
		contacts.recipients()
			.forEach(to -> batch.email("account-erased:" + contacts.id(), null, to, "account-erased", mail));
		batch.store();
	}

	static boolean erasedOnDelivery(Notification notification) {
		return ERASED_ON_DELIVERY.contains(notification.kind());
	}

}
