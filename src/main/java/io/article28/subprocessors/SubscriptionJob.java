package io.article28.subprocessors;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Deletes, every hour, the subscriptions nobody confirmed within a week of the last
 * confirmation mail: an address that never said yes is not kept.
 */
@Configuration(proxyBeanMethods = false)
class SubscriptionJob {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionJob.class);

	private final SubscriptionManagement subscriptions;

	private final Clock clock;

	SubscriptionJob(SubscriptionManagement subscriptions, Clock clock) {
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> subprocessorSubscriptionTask() {
		return Tasks.recurring("subprocessor-subscriptions", Schedules.cron("0 35 * * * *", ObjectionWindow.ZONE))
			.execute((instance, context) -> expireUnconfirmed(clock.instant()));
	}

	/** Deletes the subscriptions left unconfirmed too long at {@code now}. */
	int expireUnconfirmed(Instant now) {
		int expired = subscriptions.expire(now);
		if (expired > 0) {
			log.info("{} unconfirmed subscription(s) to sub-processor changes deleted", expired);
		}
		return expired;
	}

}
