package io.article28.datarights;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/** Erases the records of the exports of people's data of an erased organization. */
@Component
class PersonExportErasure {

	private final PersonExports exports;

	PersonExportErasure(PersonExports exports) {
		this.exports = exports;
	}

	@EventListener
	void on(OrganizationErased event) {
		exports.deleteOf(event.organizationId());
	}

}
