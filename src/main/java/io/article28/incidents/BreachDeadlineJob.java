package io.article28.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Watches the customers' 72-hour clocks every ten minutes, on one instance at a time:
 * reminds, once, each customer that has not recorded notifying its authority when its
 * deadline is a day away or passed.
 */
@Configuration(proxyBeanMethods = false)
class BreachDeadlineJob {

	private static final Logger log = LoggerFactory.getLogger(BreachDeadlineJob.class);

	private final BreachManagement breaches;

	private final Clock clock;

	BreachDeadlineJob(BreachManagement breaches, Clock clock) {
		this.breaches = breaches;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> breachDeadlineTask() {
		return Tasks.recurring("breach-deadlines", Schedules.fixedDelay(Duration.ofMinutes(10)))
			.execute((instance, context) -> remind(clock.instant()));
	}

	int remind(Instant now) {
		int reminded = 0;
		int batch;
		do {
			batch = breaches.remindDeadlines(now);
			reminded += batch;
		}
		while (batch == BreachManagement.REMINDER_BATCH);
		if (reminded > 0) {
			log.info("Breach deadlines: {} customers reminded", reminded);
		}
		return reminded;
	}

}
