package io.article28.platform;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases the apps of an erased organization, their domains and the backups reported of
 * them. Its invoices stay: they name no person, and the provider must keep its accounting
 * records.
 */
@Component
class PlatformErasure {

	private final JdbcClient jdbc;

	PlatformErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OrganizationErased event) {
		jdbc.sql(
				"delete from app_domain where app_id in (select id from hosted_app where organization_id = :organization)")
			.param("organization", event.organizationId().value())
			.update();
		jdbc.sql("delete from app_backup where organization_id = :organization")
			.param("organization", event.organizationId().value())
			.update();
		jdbc.sql("delete from hosted_app where organization_id = :organization")
			.param("organization", event.organizationId().value())
			.update();
	}

}
