package io.article28.subprocessors;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.core.EmailAddress;
import io.article28.core.Fields;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.trail.Actor;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Email subscriptions to the changes of sub-processors, open to anyone and confirmed by a
 * link (double opt-in). Whether an address is subscribed is never told: every request
 * gets the same answer.
 */
@Service
@Transactional
public class SubscriptionManagement {

	private static final String OBJECT = "subprocessor-subscription";

	private final Subscriptions subscriptions;

	private final TrailManagement trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubscriptionManagement(Subscriptions subscriptions, TrailManagement trail, ApplicationEventPublisher events,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Asks for a confirmation mail to the address; a pending address is mailed again at
	 * most every ten minutes, a confirmed one not at all.
	 */
	public void subscribe(String email) {
		EmailAddress address = Fields.email("email", email);
		Instant now = clock.instant();
		Optional<Subscription> existing = subscriptions.withEmail(address);
		if (existing.isEmpty()) {
			Subscription requested = Subscription.request(address, now);
			try {
				subscriptions.insert(requested);
			}
			catch (DuplicateKeyException ex) {
				// Two requests for one new address at once; the database's message names
				// the address, so it must not reach the log.
				throw RejectedException.conflict("email", "a request for this address is already being handled");
			}
			trail.record(TrailRecord.of("subprocessor-subscription.requested", null, OBJECT, requested.id()));
			events.publishEvent(new SubscriptionRequested(requested.id()));
		}
		else if (existing.get().mayResend(now)) {
			subscriptions.update(existing.get().resent(now));
			events.publishEvent(new SubscriptionRequested(existing.get().id()));
		}
	}

	/** Confirms the address the token was mailed to; confirming twice changes nothing. */
	public Subscription confirm(String token) {
		Instant now = clock.instant();
		Subscription subscription = withToken(token).filter(found -> !found.expired(now))
			.orElseThrow(() -> new NotFoundException("Subscription"));
		if (subscription.confirmed()) {
			return subscription;
		}
		Subscription confirmed = subscription.confirm(now);
		subscriptions.update(confirmed);
		trail.record(TrailRecord.of("subprocessor-subscription.confirmed", null, OBJECT, confirmed.id()));
		return confirmed;
	}

	/** Deletes the subscription: nothing of the address is kept. */
	public void unsubscribe(String token) {
		Subscription subscription = withToken(token).orElseThrow(() -> new NotFoundException("Subscription"));
		subscriptions.delete(subscription.id());
		trail.record(TrailRecord.of("subprocessor-subscription.cancelled", null, OBJECT, subscription.id()));
	}

	/** A batch of confirmed subscriptions after one: to reach them all. */
	@Transactional(readOnly = true)
	public List<Subscription> confirmedAfter(UUID after, int limit) {
		return subscriptions.confirmedAfter(after, limit);
	}

	/** The subscription, unless it was cancelled or expired meanwhile. */
	@Transactional(readOnly = true)
	public Optional<Subscription> subscription(UUID id) {
		return subscriptions.find(id);
	}

	/** Deletes the requests never confirmed in time; returns how many. */
	int expire(Instant now) {
		Instant cutoff = now.minus(Subscription.CONFIRM_WITHIN);
		int expired = 0;
		for (UUID id : subscriptions.pendingBefore(cutoff)) {
			if (subscriptions.deletePendingBefore(id, cutoff)) {
				trail.record(Actor.system("subprocessor-subscriptions"),
						TrailRecord.of("subprocessor-subscription.expired", null, OBJECT, id));
				expired++;
			}
		}
		return expired;
	}

	private Optional<Subscription> withToken(String token) {
		// A token is 43 characters; anything much longer is not worth a query.
		if (token == null || token.isBlank() || token.length() > 64) {
			return Optional.empty();
		}
		return subscriptions.withToken(token);
	}

}
