package io.article28.datarights;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases the records of an erased organization's work on its people's data: the exports
 * the erasure plans and the suppression lists.
 */
@Component
class DataRightsErasure {

	private final PersonExports exports;

	private final ErasurePlans plans;

	private final SuppressionList suppressions;

	DataRightsErasure(PersonExports exports, ErasurePlans plans, SuppressionList suppressions) {
		this.exports = exports;
		this.plans = plans;
		this.suppressions = suppressions;
	}

	@EventListener
	void on(OrganizationErased event) {
		exports.deleteOf(event.organizationId());
		plans.deleteOf(event.organizationId());
		suppressions.deleteOf(event.organizationId());
	}

}
