package io.article28.exports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.DpaTerms;
import io.article28.agreements.DpaVersion;
import io.article28.core.RejectedException;
import io.article28.notifications.NotificationManagement;
import io.article28.platform.Invoice;
import io.article28.platform.PlatformManagement;
import io.article28.trail.Actor;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Deleting an account: an owner asks, unpaid invoices stop it, the return period of the
 * organization's DPA gives time to export, an owner may cancel, and at the end the
 * account is purged for good.
 */
@Service
@Transactional
public class DeletionManagement {

	private static final Logger log = LoggerFactory.getLogger(DeletionManagement.class);

	private static final int HISTORY_SHOWN = 10;

	private static final DateTimeFormatter PURGE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final AccountDeletions deletions;

	private final AccountManagement accounts;

	private final PlatformManagement platform;

	private final AgreementManagement agreements;

	private final TrailManagement trail;

	private final NotificationManagement notifications;

	private final Clock clock;

	DeletionManagement(AccountDeletions deletions, AccountManagement accounts, PlatformManagement platform,
			AgreementManagement agreements, TrailManagement trail, NotificationManagement notifications, Clock clock) {
		this.notifications = notifications;
		this.deletions = deletions;
		this.accounts = accounts;
		this.platform = platform;
		this.agreements = agreements;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Schedules the account's deletion at the end of its return period, or refuses with
	 * the unpaid invoices named.
	 */
	public AccountDeletion request(OrganizationId organization, UserId by) {
		accounts.organization(organization);
		if (deletions.scheduled(organization).isPresent()) {
			throw RejectedException.conflict(null, "the deletion of this account is already scheduled");
		}
		List<Invoice> unpaid = platform.unpaidInvoices(organization);
		if (!unpaid.isEmpty()) {
			throw new UnpaidInvoices(unpaid);
		}
		int returnPeriodDays = returnPeriodDays(organization);
		AccountDeletion deletion = AccountDeletion.schedule(organization, by, clock.instant(), returnPeriodDays);
		deletions.insert(deletion);
		trail.record(TrailRecord.of("account.deletion-requested", organization, "account-deletion", deletion.id())
			.with("returnPeriodDays", returnPeriodDays)
			.with("purgeAfter", deletion.purgeAfter()));
		String purgeAfter = PURGE_DATE.format(deletion.purgeAfter());
		notifications.tellOrganization("account-deletion-scheduled:" + deletion.id(), organization,
				"account-deletion-scheduled", Map.of("deletionId", deletion.id().toString(), "purgeAfter", purgeAfter,
						"returnPeriodDays", returnPeriodDays),
				"account.deletion-scheduled", purgeAfter);
		return deletion;
	}

	public AccountDeletion cancel(OrganizationId organization, UserId by) {
		AccountDeletion deletion = deletions.scheduled(organization)
			.orElseThrow(() -> RejectedException.conflict(null, "no deletion of this account is scheduled"));
		deletion.cancel(by, clock.instant());
		deletions.update(deletion);
		trail.record(TrailRecord.of("account.deletion-cancelled", organization, "account-deletion", deletion.id()));
		notifications.tellOrganization("account-deletion-cancelled:" + deletion.id(), organization,
				"account-deletion-cancelled", Map.of("deletionId", deletion.id().toString()),
				"account.deletion-cancelled");
		return deletion;
	}

	/** The deletion waiting for the end of the return period, if there is one. */
	@Transactional(readOnly = true)
	public Optional<AccountDeletion> scheduled(OrganizationId organization) {
		return deletions.latest(organization, 1)
			.stream()
			.filter(deletion -> deletion.status() == AccountDeletion.Status.SCHEDULED)
			.findFirst();
	}

	@Transactional(readOnly = true)
	public List<AccountDeletion> history(OrganizationId organization) {
		return deletions.latest(organization, HISTORY_SHOWN);
	}

	/**
	 * The return period of the DPA version binding the organization; without a signed
	 * DPA, that of the current version, which the provider's terms apply.
	 */
	@Transactional(readOnly = true)
	public int returnPeriodDays(OrganizationId organization) {
		DpaTerms terms = agreements.status(organization).effectiveTerms();
		if (terms == null) {
			terms = agreements.current()
				.map(DpaVersion::terms)
				.orElseThrow(() -> RejectedException.conflict(null,
						"no DPA version is published: the return period is not known"));
		}
		return terms.returnPeriodDays();
	}

	/** The organizations whose return period is over at {@code now}. */
	@Transactional(readOnly = true)
	public List<OrganizationId> due(Instant now, int limit) {
		return deletions.due(now, limit);
	}

	/**
	 * Purges the organization, if its deletion is still scheduled and due: every module
	 * erases what it holds, in this one transaction; the trail keeps its events, with
	 * people replaced by pseudonyms. Returns whether it purged.
	 */
	public boolean purge(OrganizationId organization, Instant now) {
		Optional<AccountDeletion> scheduled = deletions.scheduled(organization);
		if (scheduled.isEmpty() || !scheduled.get().isDue(now)) {
			return false;
		}
		AccountDeletion deletion = scheduled.get();
		accounts.erase(organization);
		deletion.purged(now);
		deletions.update(deletion);
		deletions.forgetPeople(organization);
		trail.record(Actor.system("account-purge"),
				TrailRecord.of("account.purged", organization, "account-deletion", deletion.id()));
		log.info("Account of organization {} purged (deletion {})", organization, deletion.id());
		return true;
	}

}
