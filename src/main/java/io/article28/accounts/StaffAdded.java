package io.article28.accounts;

import java.util.Set;

/**
 * A person joined the provider's staff with roles ({@code by} null when the installation
 * or the demo data created it).
 */
public record StaffAdded(UserId userId, Set<StaffRole> roles, UserId by) {
}
