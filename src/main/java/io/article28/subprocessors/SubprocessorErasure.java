package io.article28.subprocessors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases what an erased organization was told of sub-processor changes and what it
 * answered (objections, justifications, consents), and its requests for confirmation of
 * audits. The changes themselves stay.
 */
@Component
class SubprocessorErasure {

	private final JdbcClient jdbc;

	private final AuditConfirmationManagement confirmations;

	SubprocessorErasure(JdbcClient jdbc, AuditConfirmationManagement confirmations) {
		this.jdbc = jdbc;
		this.confirmations = confirmations;
	}

	@EventListener
	void on(OrganizationErased event) {
		jdbc.sql("delete from subprocessor_change_notice where organization_id = :organization")
			.param("organization", event.organizationId().value())
			.update();
		confirmations.erase(event.organizationId());
	}

}
