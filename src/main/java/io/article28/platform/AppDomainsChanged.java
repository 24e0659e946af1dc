package io.article28.platform;

/** The platform replaced the custom domains of an app: how many it now has. */
public record AppDomainsChanged(AppId appId, io.article28.accounts.OrganizationId organizationId, int domains) {
}
