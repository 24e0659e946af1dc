package io.article28.subprocessors;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Applies the changes whose day has come, every hour at five past, once every window to
 * object has closed. The schedule lives in the database, so one instance runs it at a
 * time, and a change is marked applied only once.
 */
@Configuration(proxyBeanMethods = false)
class SubprocessorChangeJob {

	private static final Logger log = LoggerFactory.getLogger(SubprocessorChangeJob.class);

	private final SubprocessorChangeManagement changes;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SubprocessorChangeJob(SubprocessorChangeManagement changes, TransactionTemplate transactions, Clock clock) {
		this.changes = changes;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> subprocessorChangeTask() {
		return Tasks.recurring("subprocessor-changes", Schedules.cron("0 5 * * * *", ObjectionWindow.ZONE))
			.execute((instance, context) -> applyDueChanges(clock.instant()));
	}

	/** Applies every change due at {@code now}, each in its own transaction. */
	int applyDueChanges(Instant now) {
		int applied = 0;
		for (SubprocessorChange change : changes.due(now)) {
			if (Boolean.TRUE.equals(transactions.execute(status -> changes.apply(change)))) {
				log.info("Sub-processor change {} ({}) applied", change.id(), change.type());
				applied++;
			}
		}
		return applied;
	}

}
