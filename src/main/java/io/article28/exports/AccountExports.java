package io.article28.exports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;
import io.article28.core.WorkItems;

/** The exports and where each stands. */
@Repository
class AccountExports {

	private final JdbcClient jdbc;

	private final WorkItems work;

	AccountExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.work = new WorkItems(jdbc, "account_export", "QUEUED", "requested_at",
				"started_at = :now, rows_written = 0");
	}

	void insert(AccountExport export) {
		jdbc.sql("""
				insert into account_export (id, organization_id, parts, status, requested_by, requested_at,
				  rows_total, rows_written)
				values (:id, :org, :parts, :status, :by, :at, 0, 0)""")
			.param("id", export.id())
			.param("org", export.organizationId().value())
			.param("parts", export.parts().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
			.param("status", export.status().name())
			.param("by", export.requestedBy().value())
			.param("at", Timestamps.of(export.requestedAt()))
			.update();
	}

	Optional<AccountExport> find(UUID id) {
		return jdbc.sql("select * from account_export where id = :id")
			.param("id", id)
			.query(AccountExports::map)
			.optional();
	}

	Optional<AccountExport> find(OrganizationId organization, UUID id) {
		return find(id).filter(export -> export.organizationId().equals(organization));
	}

	Page<AccountExport> ofOrganization(OrganizationId organization, PageRequest request) {
		long total = jdbc.sql("select count(*) from account_export where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		List<AccountExport> items = jdbc.sql("""
				select * from account_export where organization_id = :org
				order by requested_at desc, id limit :limit offset :offset""")
			.param("org", organization.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(AccountExports::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	/**
	 * The exports as work items: queued, then running with a heartbeat; one whose worker
	 * stopped is written again from its start.
	 */
	WorkItems work() {
		return work;
	}

	void progress(UUID id, long written, long total, Instant now) {
		jdbc.sql("""
				update account_export set rows_written = :written, rows_total = :total, heartbeat_at = :now
				where id = :id and status = 'RUNNING'""")
			.param("id", id)
			.param("written", written)
			.param("total", total)
			.param("now", Timestamps.of(now))
			.update();
	}

	/** Whether the export was still there to complete: a purge may have erased it. */
	boolean complete(UUID id, long written, long size, String sha256, Instant now, Instant expiresAt) {
		return jdbc.sql("""
				update account_export set status = 'COMPLETED', rows_written = :written, size_bytes = :size,
				  sha256 = :sha256, completed_at = :now, heartbeat_at = :now, expires_at = :expires
				where id = :id""")
			.param("id", id)
			.param("written", written)
			.param("size", size)
			.param("sha256", sha256)
			.param("now", Timestamps.of(now))
			.param("expires", Timestamps.of(expiresAt))
			.update() == 1;
	}

	void fail(UUID id, String reason, Instant now) {
		jdbc.sql("update account_export set status = 'FAILED', failure = :reason, heartbeat_at = :now where id = :id")
			.param("id", id)
			.param("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
			.param("now", Timestamps.of(now))
			.update();
	}

	List<AccountExport> expiredBy(Instant now, int limit) {
		return jdbc.sql("""
				select * from account_export where status = 'COMPLETED' and expires_at <= :now
				order by expires_at, id limit :limit""")
			.param("now", Timestamps.of(now))
			.param("limit", limit)
			.query(AccountExports::map)
			.list();
	}

	boolean expire(UUID id) {
		return jdbc.sql("update account_export set status = 'EXPIRED' where id = :id and status = 'COMPLETED'")
			.param("id", id)
			.update() == 1;
	}

	private static AccountExport map(ResultSet rs, int row) throws SQLException {
		EnumSet<ExportPart> parts = EnumSet.noneOf(ExportPart.class);
		Arrays.stream(rs.getString("parts").split(","))
			.filter(part -> !part.isBlank())
			.forEach(part -> parts.add(ExportPart.valueOf(part)));
		long size = rs.getLong("size_bytes");
		Long sizeBytes = rs.wasNull() ? null : size;
		return new AccountExport(rs.getObject("id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), parts,
				ExportStatus.valueOf(rs.getString("status")), new UserId(rs.getObject("requested_by", UUID.class)),
				Timestamps.read(rs, "requested_at"), Timestamps.read(rs, "started_at"),
				Timestamps.read(rs, "completed_at"), Timestamps.read(rs, "expires_at"), rs.getLong("rows_total"),
				rs.getLong("rows_written"), sizeBytes, rs.getString("sha256"), rs.getString("failure"));
	}

}
