package io.article28.accounts;

/** A person set its password from a link it was sent (an invitation or a reset). */
public record PasswordSet(UserId userId, PasswordLinkPurpose purpose) {
}
