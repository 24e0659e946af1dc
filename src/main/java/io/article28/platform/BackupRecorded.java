package io.article28.platform;

import io.article28.accounts.OrganizationId;

/** The platform reported a backup of an app, or corrected one it had reported. */
public record BackupRecorded(OrganizationId organizationId, AppId appId, String backupId, boolean created) {
}
