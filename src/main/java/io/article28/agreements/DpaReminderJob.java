package io.article28.agreements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationId;

/**
 * Reminds the customers still bound by an older DPA, or by none, to accept the current
 * one: once a week after its publication (or the customer's arrival), four times at most.
 * A reminder missed while the application was down is sent once, at the next run, not in
 * a burst.
 */
@Configuration(proxyBeanMethods = false)
class DpaReminderJob {

	static final Duration INTERVAL = Duration.ofDays(7);

	static final int MAX_REMINDERS = 4;

	private static final Logger log = LoggerFactory.getLogger(DpaReminderJob.class);

	private final AgreementManagement agreements;

	private final DpaReminders reminders;

	private final DpaUploads uploads;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DpaReminderJob(AgreementManagement agreements, DpaReminders reminders, DpaUploads uploads,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.agreements = agreements;
		this.reminders = reminders;
		this.uploads = uploads;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> dpaReminderTask() {
		return Tasks.recurring("dpa-reacceptance-reminders", Schedules.cron("0 0 8 * * *", ZoneOffset.UTC))
			.execute((instance, context) -> remind(clock.instant()));
	}

	/**
	 * The reminder due at {@code now}: one per full interval since publication, up to the
	 * maximum.
	 */
	static int dueReminder(Instant publishedAt, Instant now) {
		long intervals = Duration.between(publishedAt, now).toSeconds() / INTERVAL.toSeconds();
		return (int) Math.max(0, Math.min(MAX_REMINDERS, intervals));
	}

	/**
	 * Sends the reminders due at {@code now}; returns how many. Customers bound by an
	 * older version count the weeks from the publication; customers who never signed,
	 * from the publication or from their arrival if they came later.
	 */
	int remind(Instant now) {
		var current = agreements.current();
		if (current.isEmpty()) {
			return 0;
		}
		DpaVersion version = current.get();
		int due = dueReminder(version.publishedAt(), now);
		int sent = 0;
		for (OrganizationId organization : reminders.behind(version.id())) {
			sent += remind(organization, version, due, false, now) ? 1 : 0;
		}
		for (Organization organization : agreements.neverSigned()) {
			Instant since = organization.createdAt().isAfter(version.publishedAt()) ? organization.createdAt()
					: version.publishedAt();
			sent += remind(organization.id(), version, dueReminder(since, now), true, now) ? 1 : 0;
		}
		if (sent > 0) {
			log.info("DPA reminders: {} sent for version {}", sent, version.id());
		}
		return sent;
	}

	private boolean remind(OrganizationId organization, DpaVersion version, int due, boolean neverSigned, Instant now) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			// a copy signed by hand that waits for review is an answer already
			if (due == 0 || reminders.lastSent(organization, version.id()) >= due
					|| uploads.pendingOrAccepted(organization, version.id())) {
				return false;
			}
			reminders.record(organization, version.id(), due, now);
			events.publishEvent(new DpaAcceptanceRequested(organization, version.id(), due, neverSigned));
			return true;
		}));
	}

}
