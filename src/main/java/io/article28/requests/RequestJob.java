package io.article28.requests;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Keeps the clocks of rights requests, every hour at ten past, on one instance at a time:
 * escalates the requests nobody acknowledged within the days set
 * ({@code article28.requests.escalation-days}, 7 by default), and reminds the controllers
 * 7 days and 1 day before a due day, and erases the requests never confirmed a week after
 * their link expired.
 */
@Configuration(proxyBeanMethods = false)
class RequestJob {

	private static final Logger log = LoggerFactory.getLogger(RequestJob.class);

	private final RequestManagement requests;

	private final Clock clock;

	private final int escalationDays;

	RequestJob(RequestManagement requests, Clock clock,
			@Value("${article28.requests.escalation-days:7}") int escalationDays) {
		this.requests = requests;
		this.clock = clock;
		this.escalationDays = escalationDays;
	}

	@Bean
	RecurringTask<Void> rightsRequestTask() {
		return Tasks.recurring("rights-requests", Schedules.cron("0 10 * * * *", ResponseDeadline.ZONE))
			.execute((instance, context) -> keepClocks(clock.instant()));
	}

	void keepClocks(Instant now) {
		int escalated = requests.escalateUnacknowledged(now, escalationDays);
		int reminded = requests.remindDue(java.time.LocalDate.ofInstant(now, ResponseDeadline.ZONE));
		int forgotten = requests.forgetUnconfirmed(now);
		int expired = requests.expireAttachments(now);
		if (escalated + reminded + forgotten + expired > 0) {
			log.info("Rights requests: {} escalated, {} reminders, {} unconfirmed erased, {} files expired", escalated,
					reminded, forgotten, expired);
		}
	}

	int escalationDays() {
		return escalationDays;
	}

}
