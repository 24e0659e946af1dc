package io.article28.requests;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Erases the requests forwarded to an erased organization: the people's addresses and
 * words.
 */
@Component
class RequestErasure {

	private final JdbcClient jdbc;

	RequestErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(OrganizationErased event) {
		jdbc.sql("delete from rights_request where organization_id = :organization")
			.param("organization", event.organizationId().value())
			.update();
	}

}
