package io.article28.audits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.UserId;
import io.article28.core.Timestamps;

/** The reports attached to audits; their content is read only to be downloaded. */
@Repository
class AuditReports {

	private static final String DESCRIPTION = "id, request_id, side, filename, content_type, size_bytes, sha256, added_at, added_by";

	private final JdbcClient jdbc;

	AuditReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuditReport report, byte[] bytes) {
		jdbc.sql("""
				insert into audit_report (id, request_id, side, filename, content_type, size_bytes, sha256, content,
				  added_at, added_by)
				values (:id, :request, :side, :filename, :type, :size, :sha256, :content, :at, :by)""")
			.param("id", report.id())
			.param("request", report.requestId())
			.param("side", report.side().name())
			.param("filename", report.filename())
			.param("type", report.contentType())
			.param("size", report.sizeBytes())
			.param("sha256", report.sha256())
			.param("content", bytes)
			.param("at", Timestamps.of(report.addedAt()))
			.param("by", report.addedBy().value())
			.update();
	}

	/** The request's reports, the first attached first. */
	List<AuditReport> of(UUID request) {
		return jdbc
			.sql("select " + DESCRIPTION + " from audit_report where request_id = :request order by added_at, id")
			.param("request", request)
			.query(AuditReports::map)
			.list();
	}

	Optional<AuditReport.Content> content(UUID request, UUID id) {
		return jdbc
			.sql("select " + DESCRIPTION + ", content from audit_report where request_id = :request and id = :id")
			.param("request", request)
			.param("id", id)
			.query((rs, row) -> new AuditReport.Content(map(rs, row), rs.getBytes("content")))
			.optional();
	}

	private static AuditReport map(ResultSet rs, int row) throws SQLException {
		return new AuditReport(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				AuditMessage.Side.valueOf(rs.getString("side")), rs.getString("filename"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), Timestamps.read(rs, "added_at"),
				new UserId(rs.getObject("added_by", UUID.class)));
	}

}
