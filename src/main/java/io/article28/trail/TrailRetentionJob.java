package io.article28.trail;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import io.article28.trail.spi.TrailRetentionPolicy;

/**
 * Keeps the trail for the retention term of the DPA and no longer: every night the
 * entries recorded before the term are purged. The schedule lives in the database
 * (db-scheduler), so one instance runs it once, and a run missed during a restart happens
 * at the next start.
 */
@Configuration(proxyBeanMethods = false)
class TrailRetentionJob {

	private static final Logger log = LoggerFactory.getLogger(TrailRetentionJob.class);

	private final TrailManagement trail;

	private final ObjectProvider<TrailRetentionPolicy> policy;

	private final Clock clock;

	TrailRetentionJob(TrailManagement trail, ObjectProvider<TrailRetentionPolicy> policy, Clock clock) {
		this.trail = trail;
		this.policy = policy;
		this.clock = clock;
	}

	/** The first instant that is still kept: entries recorded before it are purged. */
	static Instant cutoff(Instant now, Period retention) {
		return now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
	}

	Period retention() {
		TrailRetentionPolicy configured = policy.getIfAvailable();
		return configured == null ? TrailRetentionPolicy.DEFAULT : configured.retention();
	}

	long purgeExpiredEntries() {
		long purged = trail.purgeBefore(cutoff(clock.instant(), retention()));
		log.info("Trail retention job: {} entries purged", purged);
		return purged;
	}

	@Bean
	RecurringTask<Void> trailRetentionTask() {
		return Tasks.recurring("trail-retention", Schedules.cron("0 30 3 * * *", ZoneOffset.UTC))
			.execute((instance, context) -> purgeExpiredEntries());
	}

}
