package io.article28.exports;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.GoneException;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * An organization's exports: asking for one, following it, downloading it. The job
 * ({@link ExportJob}) writes them.
 */
@Service
@Transactional
public class ExportManagement {

	private final AccountExports exports;

	private final ExportFiles files;

	private final AccountManagement accounts;

	private final TrailManagement trail;

	private final Clock clock;

	ExportManagement(AccountExports exports, ExportFiles files, AccountManagement accounts, TrailManagement trail,
			Clock clock) {
		this.exports = exports;
		this.files = files;
		this.accounts = accounts;
		this.trail = trail;
		this.clock = clock;
	}

	/** Queues an export of the chosen parts (none chosen: all of them). */
	public AccountExport request(OrganizationId organization, Collection<ExportPart> parts, UserId by) {
		accounts.organization(organization);
		Set<ExportPart> chosen = ExportPart.orAll(parts);
		AccountExport export = AccountExport.request(organization, chosen, by, clock.instant());
		exports.insert(export);
		trail.record(TrailRecord.of("export.started", organization, "export", export.id())
			.with("parts", chosen.stream().sorted().map(Enum::name).collect(Collectors.joining(","))));
		return export;
	}

	/** The organization's exports, newest first. */
	@Transactional(readOnly = true)
	public Page<AccountExport> exports(OrganizationId organization, PageRequest page) {
		return exports.ofOrganization(organization, page);
	}

	@Transactional(readOnly = true)
	public AccountExport export(OrganizationId organization, UUID id) {
		return exports.find(organization, id).orElseThrow(() -> new NotFoundException("Export"));
	}

	/**
	 * The written file, while it is valid; the download is recorded. Refused while the
	 * export is not written (409), and once it expired (410).
	 */
	public ExportDownload download(OrganizationId organization, UUID id) {
		AccountExport export = export(organization, id);
		export.requireDownloadableAt(clock.instant());
		var file = files.of(export.id());
		if (!Files.isReadable(file)) {
			throw new GoneException("The file of this export is no longer kept; start a new export.");
		}
		trail.record(TrailRecord.of("export.downloaded", organization, "export", export.id()));
		return new ExportDownload(export, file, "article28-export-" + export.completedAt().toString().substring(0, 10)
				+ "-" + export.id().toString().substring(0, 8) + ".zip");
	}

}
