package io.article28.exports.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRole;
import io.article28.exports.AccountDeletion;
import io.article28.exports.DeletionManagement;
import io.article28.platform.Invoice;
import io.article28.platform.PlatformManagement;

/**
 * What the "Your data" page shows of deletion and restriction: the scheduled purge and
 * its date, what stands in the way, the earlier requests, and whether this person may
 * act.
 */
@Component
class DeletionSection {

	record View(AccountDeletion scheduled, long daysLeft, int returnPeriodDays, List<Invoice> unpaidInvoices,
			List<AccountDeletion> history, Instant restrictedSince, boolean owner) {
	}

	private final DeletionManagement deletions;

	private final PlatformManagement platform;

	private final AccountManagement accounts;

	private final Clock clock;

	DeletionSection(DeletionManagement deletions, PlatformManagement platform, AccountManagement accounts,
			Clock clock) {
		this.deletions = deletions;
		this.platform = platform;
		this.accounts = accounts;
		this.clock = clock;
	}

	View of(CurrentUser user, OrganizationId organization) {
		AccountDeletion scheduled = deletions.scheduled(organization).orElse(null);
		// Whole days, rounded up: the day of the request counts as left.
		long daysLeft = scheduled == null ? 0 : Math.max(0,
				Duration.between(clock.instant(), scheduled.purgeAfter()).plusDays(1).minusNanos(1).toDays());
		boolean owner = user.isMemberOf(organization)
				&& user.membership().map(m -> m.role() == OrganizationRole.OWNER).orElse(false);
		return new View(scheduled, daysLeft, deletions.returnPeriodDays(organization),
				platform.unpaidInvoices(organization), deletions.history(organization),
				accounts.organization(organization).restrictedSince().orElse(null), owner);
	}

}
