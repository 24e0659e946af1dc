package io.article28.accounts;

import java.util.Set;
import java.util.UUID;

/** A staff member was given roles, or had roles taken away. */
public record StaffRolesChanged(UUID changeId, UserId userId, UserId by, Set<StaffRole> given, Set<StaffRole> taken) {
}
