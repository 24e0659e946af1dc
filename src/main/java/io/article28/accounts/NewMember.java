package io.article28.accounts;

/** What it takes to add a person to an organization. */
public record NewMember(String email, String name, OrganizationRole role, boolean canExport, String password) {
}
