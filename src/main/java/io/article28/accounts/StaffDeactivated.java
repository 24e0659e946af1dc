package io.article28.accounts;

/** A staff member left: its sign-ins, sessions and tokens ended. */
public record StaffDeactivated(UserId userId, UserId by) {
}
