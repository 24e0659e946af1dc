package io.article28.exports;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;
import io.article28.core.Timestamps;

/**
 * An owner's request to delete the account. It opens the return period, during which the
 * account still works so that its data can be exported; at its end the account is purged,
 * unless an owner cancelled first.
 */
public class AccountDeletion {

	public enum Status {

		SCHEDULED, CANCELLED, PURGED

	}

	private final UUID id;

	private final OrganizationId organizationId;

	private UserId requestedBy;

	private final Instant requestedAt;

	private final Instant purgeAfter;

	private Status status;

	private UserId closedBy;

	private Instant closedAt;

	AccountDeletion(UUID id, OrganizationId organizationId, UserId requestedBy, Instant requestedAt, Instant purgeAfter,
			Status status, UserId closedBy, Instant closedAt) {
		this.id = Objects.requireNonNull(id);
		this.organizationId = Objects.requireNonNull(organizationId);
		this.requestedBy = requestedBy;
		this.requestedAt = Objects.requireNonNull(requestedAt);
		this.purgeAfter = Objects.requireNonNull(purgeAfter);
		this.status = Objects.requireNonNull(status);
		this.closedBy = closedBy;
		this.closedAt = closedAt;
	}

	/**
	 * Schedules the purge at the end of the return period: the request's instant plus the
	 * period's days, the one place this date is computed.
	 */
	static AccountDeletion schedule(OrganizationId organization, UserId by, Instant now, int returnPeriodDays) {
		// The date shown is the date stored.
		Instant requested = Timestamps.stored(now);
		return new AccountDeletion(UUID.randomUUID(), organization, Objects.requireNonNull(by), requested,
				requested.plus(Duration.ofDays(returnPeriodDays)), Status.SCHEDULED, null, null);
	}

	void cancel(UserId by, Instant now) {
		if (status != Status.SCHEDULED) {
			throw RejectedException.conflict(null, "no deletion of this account is scheduled");
		}
		if (isDue(now)) {
			throw RejectedException.conflict(null, "the return period has ended: the account is being purged");
		}
		this.status = Status.CANCELLED;
		this.closedBy = Objects.requireNonNull(by);
		this.closedAt = now;
	}

	/** The account is gone; the request stays as evidence, naming no one. */
	void purged(Instant now) {
		if (status != Status.SCHEDULED) {
			throw new IllegalStateException("only a scheduled deletion is carried out, not a " + status + " one");
		}
		this.status = Status.PURGED;
		this.closedAt = now;
		this.requestedBy = null;
		this.closedBy = null;
	}

	/** Whether the return period is over: at its last instant the purge may run. */
	public boolean isDue(Instant now) {
		return status == Status.SCHEDULED && !now.isBefore(purgeAfter);
	}

	public UUID id() {
		return id;
	}

	public OrganizationId organizationId() {
		return organizationId;
	}

	public Optional<UserId> requestedBy() {
		return Optional.ofNullable(requestedBy);
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public Instant purgeAfter() {
		return purgeAfter;
	}

	public Status status() {
		return status;
	}

	public Optional<UserId> closedBy() {
		return Optional.ofNullable(closedBy);
	}

	public Optional<Instant> closedAt() {
		return Optional.ofNullable(closedAt);
	}

}
