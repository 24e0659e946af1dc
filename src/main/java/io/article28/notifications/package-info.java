/**
 * Notifications: email, in-app messages and signed webhooks, derived from events through
 * one outbox and delivered with retries, each attempt logged.
 */
@ApplicationModule(allowedDependencies = { "core", "accounts", "trail", "agreements", "subprocessors" })
package io.article28.notifications;

import org.springframework.modulith.ApplicationModule;
