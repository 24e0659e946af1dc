package io.article28.accounts;

/** A person joined the provider's staff with a role. */
public record StaffAdded(UserId userId, StaffRole role) {
}
