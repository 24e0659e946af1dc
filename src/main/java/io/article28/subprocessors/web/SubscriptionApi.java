package io.article28.subprocessors.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.article28.subprocessors.SubscriptionManagement;

/**
 * Asks, for anyone, that an address follow the changes of sub-processors; the mail it
 * receives confirms it. The answer is the same whether the address is new or not.
 */
@RestController
class SubscriptionApi {

	record SubscriptionRequest(String email) {
	}

	private final SubscriptionManagement subscriptions;

	SubscriptionApi(SubscriptionManagement subscriptions) {
		this.subscriptions = subscriptions;
	}

	@PostMapping("/api/v1/subprocessor-subscriptions")
	ResponseEntity<Void> subscribe(@RequestBody SubscriptionRequest request) {
		subscriptions.subscribe(request.email());
		return ResponseEntity.accepted().build();
	}

}
