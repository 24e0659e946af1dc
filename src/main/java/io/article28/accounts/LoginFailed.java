package io.article28.accounts;

/** A sign-in failed. The user is known only when the email matched an account. */
public record LoginFailed(UserId userId, java.time.Instant at) {
}
