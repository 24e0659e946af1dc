package io.article28.notifications;

import java.time.Instant;

/** One try at delivering a notification. */
public record Attempt(Instant at, boolean succeeded, String detail) {
}
