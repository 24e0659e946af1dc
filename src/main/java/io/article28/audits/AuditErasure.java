package io.article28.audits;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/** Erases an organization's audit requests and their threads with the organization. */
@Component
class AuditErasure {

	private final AuditManagement audits;

	AuditErasure(AuditManagement audits) {
		this.audits = audits;
	}

	@EventListener
	void on(OrganizationErased event) {
		audits.erase(event.organizationId());
	}

}
