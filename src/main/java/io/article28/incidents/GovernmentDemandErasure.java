package io.article28.incidents;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Forgets an erased organization in the government demands that concern it. The demands
 * stay: they are the provider's record of what authorities asked, and name no person.
 */
@Component
class GovernmentDemandErasure {

	private final GovernmentDemands demands;

	GovernmentDemandErasure(GovernmentDemands demands) {
		this.demands = demands;
	}

	@EventListener
	void on(OrganizationErased event) {
		demands.forget(event.organizationId());
	}

}
