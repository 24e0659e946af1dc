package io.article28.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Hands a failed event over to its listener again, without waiting for a restart: a
 * listener that threw (the database went away while it told customers of a breach, say)
 * is retried once its publication is {@link #MIN_AGE} old, up to {@link #MAX_ATTEMPTS}
 * times in all. The listeners are idempotent: what they already did is skipped. After the
 * last attempt the publication stays failed in the registry for an operator, and the next
 * start hands it over once more.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationRetryJob {

	static final Duration MIN_AGE = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 10;

	private static final Logger log = LoggerFactory.getLogger(EventPublicationRetryJob.class);

	private final FailedEventPublications failed;

	private final Clock clock;

	EventPublicationRetryJob(FailedEventPublications failed, Clock clock) {
		this.failed = failed;
		this.clock = clock;
	}

	/**
	 * The age is measured here, on the application's clock, like every other deadline.
	 */
	void resubmitFailedPublications() {
		Instant publishedBefore = clock.instant().minus(MIN_AGE);
		failed.resubmit(ResubmissionOptions.defaults()
			.withMinAge(Duration.ZERO)
			.withFilter(publication -> publication.getPublicationDate().isBefore(publishedBefore)
					&& publication.getCompletionAttempts() < MAX_ATTEMPTS));
		log.debug("Failed event publications published before {} handed over again", publishedBefore);
	}

	@Bean
	RecurringTask<Void> eventPublicationRetryTask() {
		return Tasks.recurring("event-publication-retry", Schedules.fixedDelay(MIN_AGE))
			.execute((instance, context) -> resubmitFailedPublications());
	}

}
