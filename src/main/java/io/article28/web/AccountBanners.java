package io.article28.web;

import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationId;
import io.article28.exports.AccountDeletion;
import io.article28.exports.DeletionManagement;

/**
 * What every page tells a customer's member about the account's state: the date of a
 * scheduled purge, and whether processing is restricted.
 */
@ControllerAdvice(annotations = Controller.class)
class AccountBanners {

	record AccountBanner(Instant purgeAfter, boolean restricted) {
	}

	private final DeletionManagement deletions;

	private final AccountManagement accounts;

	AccountBanners(DeletionManagement deletions, AccountManagement accounts) {
		this.deletions = deletions;
		this.accounts = accounts;
	}

	@ModelAttribute("accountBanner")
	AccountBanner banner(@AuthenticationPrincipal CurrentUser user) {
		if (user == null || user.membership().isEmpty()) {
			return null;
		}
		OrganizationId organization = user.membership().get().organizationId();
		Instant purgeAfter = deletions.scheduled(organization).map(AccountDeletion::purgeAfter).orElse(null);
		boolean restricted = accounts.organizationIfPresent(organization)
			.map(found -> found.restrictedSince().isPresent())
			.orElse(false);
		return new AccountBanner(purgeAfter, restricted);
	}

}
