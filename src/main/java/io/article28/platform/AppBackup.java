package io.article28.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import io.article28.accounts.OrganizationId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * A database backup the platform took of an app: when, how big, and where the platform
 * serves it. The file stays with the platform; only its reference is kept here.
 */
public record AppBackup(AppId appId, String backupId, OrganizationId organizationId, Instant takenAt, long sizeBytes,
		URI downloadUrl) {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

	public static final int MAX_URL_LENGTH = 1000;

	public AppBackup {
		Objects.requireNonNull(appId);
		Objects.requireNonNull(organizationId);
		backupId = Fields.matching("backupId", backupId, ID, "letters, digits and . _ : -, at most 100 characters");
		if (takenAt == null) {
			throw RejectedException.invalid("takenAt", "must be an instant (ISO-8601)");
		}
		if (sizeBytes < 0) {
			throw RejectedException.invalid("sizeBytes", "must be zero or more");
		}
		Objects.requireNonNull(downloadUrl);
	}

	/** The platform's download address: https only, since it leads to personal data. */
	static URI downloadUrl(String value) {
		String invalid = "must be an https URL of at most " + MAX_URL_LENGTH + " characters";
		if (value == null || value.isBlank() || value.strip().length() > MAX_URL_LENGTH) {
			throw RejectedException.invalid("downloadUrl", invalid);
		}
		try {
			URI uri = new URI(value.strip());
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
				throw RejectedException.invalid("downloadUrl", invalid);
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw RejectedException.invalid("downloadUrl", invalid);
		}
	}
}
