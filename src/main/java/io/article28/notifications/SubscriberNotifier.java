package io.article28.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.article28.subprocessors.ChangeDetails;
import io.article28.subprocessors.SubprocessorChangeAnnounced;
import io.article28.subprocessors.SubprocessorChangeManagement;
import io.article28.subprocessors.Subscription;
import io.article28.subprocessors.SubscriptionManagement;
import io.article28.subprocessors.SubscriptionRequested;

/**
 * Mails the people who follow the changes of sub-processors without an account: the link
 * that confirms their address, then each announced change, every mail with its own link
 * to unsubscribe. They belong to no organization.
 */
@Component
class SubscriberNotifier {

	static final int BATCH = 500;

	private final SubscriptionManagement subscriptions;

	private final SubprocessorChangeManagement changes;

	private final Outbox outbox;

	private final MessageComposer composer;

	SubscriberNotifier(SubscriptionManagement subscriptions, SubprocessorChangeManagement changes, Outbox outbox,
			MessageComposer composer) {
		this.subscriptions = subscriptions;
		this.changes = changes;
		this.outbox = outbox;
		this.composer = composer;
	}

	@ApplicationModuleListener
	void on(SubscriptionRequested event) {
		subscriptions.subscription(event.subscriptionId())
			.filter(subscription -> !subscription.confirmed())
			.ifPresent(this::askToConfirm);
	}

	private void askToConfirm(Subscription subscription) {
		// The time of the mail names the request: a re-sent request is a new mail, a
		// replayed event is not.
		String key = "subprocessor-subscription:" + subscription.id() + ":" + subscription.lastMailAt().toEpochMilli();
		String kind = "subprocessor-subscription-confirm";
		outbox.email(key, null, subscription.email(), kind, composer.mail(kind, Map.of("token", subscription.token())));
	}

	@ApplicationModuleListener
	void on(SubprocessorChangeAnnounced event) {
		ChangeDetails details = changes.change(event.changeId());
		UUID after = null;
		List<Subscription> batch;
		do {
			batch = subscriptions.confirmedAfter(after, BATCH);
			if (!batch.isEmpty()) {
				announce(details, batch);
				after = batch.get(batch.size() - 1).id();
			}
		}
		while (batch.size() == BATCH);
	}

	private void announce(ChangeDetails details, List<Subscription> subscribers) {
		Map<String, Object> values = new HashMap<>();
		values.put("type", details.change().type().name());
		values.put("subprocessor", details.subject().name());
		values.put("outgoing", details.outgoing() == null ? "" : details.outgoing().name());
		values.put("summary", details.change().summary());
		values.put("effectiveOn", details.change().effectiveOn().toString());
		values.put("changeId", details.change().id().toString());
		Outbox.Batch batch = outbox.batch();
		for (Subscription subscriber : subscribers) {
			values.put("token", subscriber.token());
			batch.email("subprocessor-change-public:" + details.change().id() + ":" + subscriber.id(), null,
					subscriber.email(), "subprocessor-change-public", composer.mail("subprocessor-change-public",
							values, details.subject().name(), details.change().effectiveOn().toString()));
		}
		batch.store();
	}

}
