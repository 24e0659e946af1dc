package io.article28.incidents;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationErased;

/**
 * Forgets an erased organization's share of breaches: the notices it was given, its apps
 * in them, its drafts and who in it wrote them. The breaches stay in the provider's
 * register, which names no customer.
 */
@Component
class BreachErasure {

	private final BreachNotices notices;

	BreachErasure(BreachNotices notices) {
		this.notices = notices;
	}

	@EventListener
	void on(OrganizationErased event) {
		notices.erase(event.organizationId());
	}

}
