package io.article28.notifications;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Where an organization wants its events posted, and the secret that signs each body. */
public record Webhook(UUID organizationId, URI url, String secret, Instant updatedAt) {
}
