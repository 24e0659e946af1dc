package io.article28.requests;

import java.time.Instant;
import java.util.UUID;

/** One message of a request's conversation. */
public record RequestMessage(UUID id, UUID requestId, Author author, String body, Instant createdAt) {

	public enum Author {

		/** The person who filed the request. */
		REQUESTER,
		/**
		 * The controller: the app's owner, or the provider for a request about itself.
		 */
		CONTROLLER,
		/** The provider's support, following up an escalated request. */
		PROVIDER

	}

}
