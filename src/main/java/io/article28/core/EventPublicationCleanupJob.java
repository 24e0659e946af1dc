package io.article28.core;

import java.time.Duration;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Keeps the outbox small: event publications whose listeners all completed are deleted
 * after a week, which leaves time to investigate a delivery. Incomplete ones stay until
 * they are handled.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationCleanupJob {

	static final Duration KEEP_COMPLETED = Duration.ofDays(7);

	private static final Logger log = LoggerFactory.getLogger(EventPublicationCleanupJob.class);

	private final CompletedEventPublications completed;

	EventPublicationCleanupJob(CompletedEventPublications completed) {
		this.completed = completed;
	}

	void deleteCompletedPublications() {
		completed.deletePublicationsOlderThan(KEEP_COMPLETED);
		log.info("Event publications completed more than {} ago deleted", KEEP_COMPLETED);
	}

	@Bean
	RecurringTask<Void> eventPublicationCleanupTask() {
		return Tasks.recurring("event-publication-cleanup", Schedules.cron("0 15 3 * * *", ZoneOffset.UTC))
			.execute((instance, context) -> deleteCompletedPublications());
	}

}
