package io.article28.platform;

/** An app was provisioned for an organization in a region. */
public record AppRegistered(AppId appId, io.article28.accounts.OrganizationId organizationId, String regionCode) {
}
