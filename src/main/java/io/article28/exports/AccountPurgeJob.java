package io.article28.exports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import io.article28.accounts.OrganizationId;

/**
 * Purges the accounts whose return period is over, every hour at twenty past. The
 * schedule lives in the database, so one instance runs it at a time; each account is
 * purged in its own transaction, and one that fails is tried again at the next run.
 */
@Configuration(proxyBeanMethods = false)
class AccountPurgeJob {

	private static final Logger log = LoggerFactory.getLogger(AccountPurgeJob.class);

	private static final int BATCH = 100;

	private final DeletionManagement deletions;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AccountPurgeJob(DeletionManagement deletions, TransactionTemplate transactions, Clock clock) {
		this.deletions = deletions;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> accountPurgeTask() {
		return Tasks.recurring("account-purge", Schedules.cron("0 20 * * * *", ZoneOffset.UTC))
			.execute((instance, context) -> purgeDueAccounts(clock.instant()));
	}

	/** Purges every account due at {@code now}; returns how many. */
	int purgeDueAccounts(Instant now) {
		int purged = 0;
		for (OrganizationId organization : deletions.due(now, BATCH)) {
			try {
				if (Boolean.TRUE.equals(transactions.execute(status -> deletions.purge(organization, now)))) {
					purged++;
				}
			}
			catch (RuntimeException ex) {
				log.error("Account purge failed for organization {}; tried again at the next run", organization, ex);
			}
		}
		if (purged > 0) {
			log.info("Account purge: {} accounts purged", purged);
		}
		return purged;
	}

}
