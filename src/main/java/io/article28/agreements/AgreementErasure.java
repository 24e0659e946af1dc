package io.article28.agreements;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases an erased organization's agreements: the documents shown to it, its signatures
 * (signer, DPO, address, network origin), its uploads and the reminders sent to it.
 */
@Component
class AgreementErasure {

	private final JdbcClient jdbc;

	AgreementErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OrganizationErased event) {
		for (String table : new String[] { "dpa_signature", "dpa_document", "dpa_upload", "dpa_reminder" }) {
			jdbc.sql("delete from " + table + " where organization_id = :organization")
				.param("organization", event.organizationId().value())
				.update();
		}
	}

}
