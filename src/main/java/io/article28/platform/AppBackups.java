package io.article28.platform;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/** The backups the platform reported, keyed by app and the platform's backup id. */
@Repository
class AppBackups {

	private final JdbcClient jdbc;

	AppBackups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts or replaces the backup; true when it was new. */
	boolean save(AppBackup backup, Instant now) {
		Map<String, Object> params = Map.of("app", backup.appId().value(), "backup", backup.backupId(), "org",
				backup.organizationId().value(), "takenAt", Timestamps.of(backup.takenAt()), "size", backup.sizeBytes(),
				"url", backup.downloadUrl().toString(), "now", Timestamps.of(now));
		int updated = jdbc.sql("""
				update app_backup set taken_at = :takenAt, size_bytes = :size, download_url = :url, recorded_at = :now
				where app_id = :app and backup_id = :backup and organization_id = :org""").params(params).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into app_backup (app_id, backup_id, organization_id, taken_at, size_bytes, download_url,
					  recorded_at)
					values (:app, :backup, :org, :takenAt, :size, :url, :now)""").params(params).update();
			return true;
		}
		return false;
	}

	Page<AppBackup> ofOrganization(OrganizationId organization, PageRequest request) {
		long total = jdbc.sql("select count(*) from app_backup where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		List<AppBackup> items = jdbc.sql("""
				select * from app_backup where organization_id = :org
				order by taken_at desc, app_id, backup_id limit :limit offset :offset""")
			.param("org", organization.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(AppBackups::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	BackupsHeld takenBefore(AppId app, Instant before) {
		return jdbc.sql("""
				select count(*), min(taken_at), max(taken_at) from app_backup
				where app_id = :app and taken_at < :before""")
			.param("app", app.value())
			.param("before", Timestamps.of(before))
			.query((rs, row) -> new BackupsHeld(rs.getLong(1), instant(rs, 2), instant(rs, 3)))
			.single();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static AppBackup map(ResultSet rs, int row) throws SQLException {
		return new AppBackup(new AppId(rs.getObject("app_id", UUID.class)), rs.getString("backup_id"),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), Timestamps.read(rs, "taken_at"),
				rs.getLong("size_bytes"), URI.create(rs.getString("download_url")));
	}

}
