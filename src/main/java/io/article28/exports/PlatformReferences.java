package io.article28.exports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;
import io.article28.exports.ExportViews.AppLogs;
import io.article28.exports.ExportViews.LogsView;
import io.article28.exports.ExportViews.Unavailable;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;

/**
 * The platform part of an export: what the host platform keeps of the organization's apps
 * stays there, so the export lists it with where to get it (the backups' download
 * addresses, the logs' page) and says plainly what the platform does not provide.
 */
@Component
class PlatformReferences {

	static final String[] BACKUPS = { "app_id", "app_name", "backup_id", "taken_at", "size_bytes", "download_url" };

	private final PlatformManagement platform;

	private final String logsUrl;

	PlatformReferences(PlatformManagement platform, @Value("${article28.platform.logs-url:}") String logsUrl) {
		this.platform = platform;
		this.logsUrl = logsUrl == null ? "" : logsUrl.strip();
	}

	void write(OrganizationId organization, ExportArchive zip, LongConsumer rows) throws IOException {
		Map<UUID, String> appNames = new HashMap<>();
		List<AppLogs> logs = new ArrayList<>();
		ExportWriter.pages(page -> platform.apps(organization, page), (App app) -> {
			appNames.put(app.id().value(), app.name());
			logs.add(new AppLogs(app.id().value(), app.name(), logsUrl(app)));
		});
		zip.csv("platform/backups.csv", ExportPart.PLATFORM, BACKUPS,
				csv -> ExportWriter.pages(page -> platform.backups(organization, page), backup -> {
					csv.row(backup.appId(), appNames.get(backup.appId().value()), backup.backupId(), backup.takenAt(),
							backup.sizeBytes(), backup.downloadUrl());
					rows.accept(1);
				}));
		zip.json("platform/logs.json", ExportPart.PLATFORM, new LogsView(logsUrl.isEmpty()
				? "Application logs stay with the platform and are not part of this file. Ask the provider's "
						+ "support for them, naming the app."
				: "Application logs stay with the platform and are not part of this file. Each app's logs can be "
						+ "read and downloaded at the address given for it, signed in to the platform's dashboard.",
				logs));
		zip.json("platform/not-available.json", ExportPart.PLATFORM, List.of(new Unavailable("alerts",
				"The platform does not provide the alerts raised on your apps for export; they are not included."),
				new Unavailable("metrics",
						"The platform does not provide your apps' metrics for export; they are not included."),
				new Unavailable("database backups",
						"The backup files stay with the platform; backups.csv lists each one with the address "
								+ "where the platform serves it."),
				new Unavailable("application logs", "See logs.json for where to get them.")));
	}

	private String logsUrl(App app) {
		return logsUrl.isEmpty() ? null
				: logsUrl.replace("{app}", app.name()).replace("{appId}", app.id().value().toString());
	}

}
