package io.article28.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a table that are a background job's work items: waiting in their status,
 * then {@code RUNNING} with a heartbeat. A worker claims one by moving it to
 * {@code RUNNING} (at most one worker wins, across instances), and one whose worker
 * stopped beating for the stale time is claimed again. The table needs {@code id},
 * {@code status} and {@code heartbeat_at}; the names given here are the code's own, never
 * input.
 */
public final class WorkItems {

	private final JdbcClient jdbc;

	private final String table;

	private final String waiting;

	private final String orderBy;

	private final String alsoSet;

	/**
	 * @param waiting the status of an item waiting for a worker
	 * @param orderBy the column of the order the items are taken in, oldest first
	 * @param alsoSet more assignments a claim makes ({@code started_at = :now}), or empty
	 */
	public WorkItems(JdbcClient jdbc, String table, String waiting, String orderBy, String alsoSet) {
		this.jdbc = jdbc;
		this.table = table;
		this.waiting = waiting;
		this.orderBy = orderBy;
		this.alsoSet = alsoSet.isEmpty() ? "" : ", " + alsoSet;
	}

	/** The items a worker may take now, oldest first. */
	public List<UUID> claimable(Instant staleBefore, int limit) {
		return jdbc
			.sql("select id from " + table + " where " + takeable() + " order by " + orderBy + ", id limit :limit")
			.param("waiting", waiting)
			.param("stale", Timestamps.of(staleBefore))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Takes the item; false when another worker holds it. */
	public boolean claim(UUID id, Instant now, Instant staleBefore) {
		return jdbc
			.sql("update " + table + " set status = 'RUNNING', heartbeat_at = :now" + alsoSet + " where id = :id and "
					+ takeable())
			.param("id", id)
			.param("waiting", waiting)
			.param("now", Timestamps.of(now))
			.param("stale", Timestamps.of(staleBefore))
			.update() == 1;
	}

	/**
	 * Claims the items waiting now, up to the limit, and does the work on each one taken;
	 * how many the work said it completed.
	 */
	public int runAll(Clock clock, Duration stale, int limit, Predicate<UUID> work) {
		int completed = 0;
		for (UUID id : claimable(clock.instant().minus(stale), limit)) {
			Instant now = clock.instant();
			if (claim(id, now, now.minus(stale)) && work.test(id)) {
				completed++;
			}
		}
		return completed;
	}

	private static String takeable() {
		return "(status = :waiting or (status = 'RUNNING' and heartbeat_at < :stale))";
	}

}
