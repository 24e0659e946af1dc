package io.article28.subprocessors;

import java.util.UUID;

/**
 * Someone asked to follow the changes of sub-processors, and the address is to be mailed
 * its confirmation link (again, for a repeated request).
 */
public record SubscriptionRequested(UUID subscriptionId) {
}
