package io.article28.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import io.article28.accounts.OrganizationId;
import io.article28.core.Timestamps;
import io.article28.trail.Actor;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Delivers what is due, one notification at a time (the mails of a run over one SMTP
 * session): claim it, try it, log the attempt. A failure is retried after a growing delay
 * and given up after the last one, with the reason kept. The schedule lives in the
 * database, so one instance runs a batch at a time.
 */
@Configuration(proxyBeanMethods = false)
class NotificationDeliveryJob {

	/**
	 * The waits after each failed attempt; after the last one the notification is marked
	 * failed.
	 */
	static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6));

	static final int MAX_ATTEMPTS = RETRY_DELAYS.size() + 1;

	/** A claim older than this belongs to a worker that stopped (a crash, a restart). */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

	private static final int BATCH = 50;

	/**
	 * A run takes no new batch after this long, so that a backlog never holds the job for
	 * long; the next run goes on. Counted in time rather than in mails: the next run
	 * starts some 15 seconds later, a pause that must stay small beside a run.
	 */
	static final Duration RUN_BUDGET = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(NotificationDeliveryJob.class);

	private final Notifications notifications;

	private final EmailTransport email;

	private final WebhookTransport webhooks;

	private final TrailManagement trail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NotificationDeliveryJob(Notifications notifications, EmailTransport email, WebhookTransport webhooks,
			TrailManagement trail, TransactionTemplate transactions, Clock clock) {
		this.notifications = notifications;
		this.email = email;
		this.webhooks = webhooks;
		this.trail = trail;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> notificationDeliveryTask() {
		return Tasks.recurring("notification-delivery", Schedules.fixedDelay(Duration.ofSeconds(10)))
			.execute((instance, context) -> deliverDue(clock.instant()));
	}

	/** Delivers every notification due at {@code at}; returns how many were tried. */
	int deliverDue(Instant at) {
		// The databases keep microseconds: a rounded stored time must still compare as
		// due.
		Instant now = Timestamps.stored(at);
		Integer released = transactions.execute(status -> notifications.releaseAbandoned(now.minus(ABANDONED_AFTER)));
		if (released != null && released > 0) {
			log.warn("Notification delivery: {} abandoned deliveries put back in the queue", released);
		}
		int tried = 0;
		Instant stopAt = clock.instant().plus(RUN_BUDGET);
		try (EmailTransport.Connection smtp = email.connect()) {
			List<UUID> due;
			do {
				due = notifications.due(now, BATCH);
				due.forEach(id -> deliverOne(id, now, smtp));
				tried += due.size();
			}
			while (due.size() == BATCH && clock.instant().isBefore(stopAt));
			if (tried > 0) {
				log.info("Notification delivery: {} tried, over {} SMTP session(s)", tried, smtp.opened());
			}
		}
		return tried;
	}

	private void deliverOne(UUID id, Instant now, EmailTransport.Connection smtp) {
		Boolean claimed = transactions.execute(status -> notifications.claim(id, now));
		if (!Boolean.TRUE.equals(claimed)) {
			return;
		}
		Notification notification = notifications.find(id);
		try {
			NotificationStatus outcome = switch (notification.channel()) {
				case EMAIL -> smtp.deliver(notification);
				case WEBHOOK -> webhooks.deliver(notification);
				case IN_APP -> NotificationStatus.SENT;
			};
			transactions.executeWithoutResult(status -> {
				notifications.markDelivered(id, outcome, now);
				notifications.logAttempt(id, now, true,
						outcome == NotificationStatus.KEPT ? "kept in the mailbox" : "delivered");
				if (NotificationErasure.erasedOnDelivery(notification)) {
					notifications.eraseContent(id);
				}
				record("notification." + outcome.name().toLowerCase(), notification);
			});
		}
		catch (DeliveryFailed ex) {
			failed(notification, now, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Notification delivery: unexpected failure for {}", id, ex);
			failed(notification, now, "unexpected: " + ex.getClass().getSimpleName());
		}
	}

	private void failed(Notification notification, Instant now, String reason) {
		String detail = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
		int attempt = notification.attempts() + 1;
		transactions.executeWithoutResult(status -> {
			notifications.logAttempt(notification.id(), now, false, detail);
			if (attempt >= MAX_ATTEMPTS) {
				notifications.markFailed(notification.id(), detail);
				if (NotificationErasure.erasedOnDelivery(notification)) {
					notifications.eraseContent(notification.id());
				}
				record("notification.failed", notification);
				log.warn("Notification delivery: {} failed for good after {} attempts", notification.id(), attempt);
			}
			else {
				notifications.markRetry(notification.id(), now.plus(RETRY_DELAYS.get(attempt - 1)), detail);
			}
		});
	}

	private void record(String action, Notification notification) {
		trail
			.record(Actor.system("notification-delivery"), TrailRecord
				.of(action,
						notification.organizationId() == null ? null
								: new OrganizationId(notification.organizationId()),
						"notification", notification.id())
				.with("channel", notification.channel())
				.with("kind", notification.kind()));
	}

}
