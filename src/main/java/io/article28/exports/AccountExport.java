package io.article28.exports;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.GoneException;
import io.article28.core.RejectedException;

/**
 * One export of an organization's data: the parts asked for, who asked, how far the job
 * got, and once written the ZIP's size and SHA-256 and the moment its link expires.
 */
public record AccountExport(UUID id, OrganizationId organizationId, Set<ExportPart> parts, ExportStatus status,
		UserId requestedBy, Instant requestedAt, Instant startedAt, Instant completedAt, Instant expiresAt,
		long rowsTotal, long rowsWritten, Long sizeBytes, String sha256, String failure) {

	/** How long a written export can be downloaded, from the moment it is complete. */
	public static final Duration VALIDITY = Duration.ofDays(7);

	public AccountExport {
		Objects.requireNonNull(id);
		Objects.requireNonNull(organizationId);
		parts = Set.copyOf(parts);
		Objects.requireNonNull(status);
		Objects.requireNonNull(requestedBy);
		Objects.requireNonNull(requestedAt);
	}

	static AccountExport request(OrganizationId organization, Set<ExportPart> parts, UserId by, Instant now) {
		return new AccountExport(UUID.randomUUID(), organization, parts, ExportStatus.QUEUED, by, now, null, null, null,
				0, 0, null, null, null);
	}

	/** Percent of the rows counted up front that are written; 100 once complete. */
	public int progressPercent() {
		if (status == ExportStatus.COMPLETED || status == ExportStatus.EXPIRED) {
			return 100;
		}
		if (rowsTotal <= 0) {
			return 0;
		}
		return (int) Math.min(99, rowsWritten * 100 / rowsTotal);
	}

	/** Queued or being written: a page showing it refreshes itself. */
	public boolean inProgress() {
		return status == ExportStatus.QUEUED || status == ExportStatus.RUNNING;
	}

	/** Whether the file can be downloaded at that instant: complete, and not expired. */
	public boolean downloadableAt(Instant now) {
		return status == ExportStatus.COMPLETED && now.isBefore(expiresAt);
	}

	/**
	 * Refuses a download that cannot be served: not written yet or failed (a conflict),
	 * or expired (gone for good).
	 */
	void requireDownloadableAt(Instant now) {
		if (status == ExportStatus.EXPIRED || (status == ExportStatus.COMPLETED && !now.isBefore(expiresAt))) {
			throw new GoneException("This export expired " + VALIDITY.toDays()
					+ " days after it was written and its file is deleted; start a new export.");
		}
		if (status != ExportStatus.COMPLETED) {
			throw RejectedException.conflict("status",
					"the export is " + status.name().toLowerCase(java.util.Locale.ROOT) + ", not ready to download");
		}
	}

}
