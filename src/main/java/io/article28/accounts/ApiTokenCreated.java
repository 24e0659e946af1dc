package io.article28.accounts;

/**
 * A personal API token was issued; the token itself never leaves the request that created
 * it.
 */
public record ApiTokenCreated(UserId userId, java.util.UUID tokenId) {
}
