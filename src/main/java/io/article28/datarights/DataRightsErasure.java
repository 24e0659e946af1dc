package io.article28.datarights;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases the records of an erased organization's work on its people's data: the exports
 * and the erasure plans.
 */
@Component
class DataRightsErasure {

	private final PersonExports exports;

	private final ErasurePlans plans;

	DataRightsErasure(PersonExports exports, ErasurePlans plans) {
		this.exports = exports;
		this.plans = plans;
	}

	@EventListener
	void on(OrganizationErased event) {
		exports.deleteOf(event.organizationId());
		plans.deleteOf(event.organizationId());
	}

}
