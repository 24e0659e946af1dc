package io.article28.platform;

/**
 * The provider's identity, as agreements and notices show it, was described or changed.
 */
public record ProviderDescribed(String legalName) {
}
