package io.article28.accounts;

/** A personal API token was revoked. */
public record ApiTokenRevoked(UserId userId, java.util.UUID tokenId) {
}
