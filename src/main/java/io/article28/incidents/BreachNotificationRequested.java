package io.article28.incidents;

import java.util.UUID;

/** Staff asked to tell a breach's customers, or to send them a follow-up phase. */
public record BreachNotificationRequested(UUID notificationId) {
}
