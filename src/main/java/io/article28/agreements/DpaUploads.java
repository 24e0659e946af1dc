package io.article28.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/** The hand-signed DPAs uploaded by customers. */
@Repository
class DpaUploads {

	private static final String COLUMNS = """
			id, organization_id, version_id, uploaded_by, uploaded_at, filename, sha256, document_match, status,
			reviewed_by, reviewed_at, reason""";

	private final JdbcClient jdbc;

	DpaUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DpaUpload upload, byte[] pdf) {
		jdbc.sql("""
				insert into dpa_upload (id, organization_id, version_id, uploaded_by, uploaded_at, filename, pdf,
				  sha256, document_match, status)
				values (:id, :org, :version, :by, :at, :filename, :pdf, :sha256, :match, :status)""")
			.param("id", upload.id())
			.param("org", upload.organizationId().value())
			.param("version", upload.versionId().value())
			.param("by", upload.uploadedBy().value())
			.param("at", Timestamps.of(upload.uploadedAt()))
			.param("filename", upload.filename())
			.param("pdf", pdf)
			.param("sha256", upload.sha256())
			.param("match", upload.match().name())
			.param("status", upload.status().name())
			.update();
	}

	void saveReview(DpaUpload upload) {
		jdbc.sql("""
				update dpa_upload set status = :status, reviewed_by = :by, reviewed_at = :at, reason = :reason
				where id = :id and status = 'PENDING'""")
			.param("status", upload.status().name())
			.param("by", upload.reviewedBy().value())
			.param("at", Timestamps.of(upload.reviewedAt()))
			.param("reason", upload.reason())
			.param("id", upload.id())
			.update();
	}

	Optional<DpaUpload> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from dpa_upload where id = :id")
			.param("id", id)
			.query(DpaUploads::map)
			.optional();
	}

	Optional<byte[]> pdf(UUID id) {
		return jdbc.sql("select pdf from dpa_upload where id = :id").param("id", id).query(byte[].class).optional();
	}

	List<DpaUpload> of(OrganizationId organization) {
		return jdbc.sql("select " + COLUMNS + " from dpa_upload where organization_id = :org order by uploaded_at desc")
			.param("org", organization.value())
			.query(DpaUploads::map)
			.list();
	}

	boolean pendingOrAccepted(OrganizationId organization, DpaVersionId version) {
		return jdbc.sql("""
				select count(*) from dpa_upload where organization_id = :org and version_id = :version
				  and status in ('PENDING', 'ACCEPTED')""")
			.param("org", organization.value())
			.param("version", version.value())
			.query(Long.class)
			.single() > 0;
	}

	Page<DpaUpload> pending(PageRequest request) {
		long total = jdbc.sql("select count(*) from dpa_upload where status = 'PENDING'").query(Long.class).single();
		List<DpaUpload> items = jdbc
			.sql("select " + COLUMNS
					+ " from dpa_upload where status = 'PENDING' order by uploaded_at limit :limit offset :offset")
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(DpaUploads::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	private static DpaUpload map(ResultSet rs, int row) throws SQLException {
		UUID reviewer = rs.getObject("reviewed_by", UUID.class);
		return new DpaUpload(rs.getObject("id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)),
				new DpaVersionId(rs.getString("version_id")), new UserId(rs.getObject("uploaded_by", UUID.class)),
				Timestamps.read(rs, "uploaded_at"), rs.getString("filename"), rs.getString("sha256"),
				DocumentMatch.valueOf(rs.getString("document_match")), DpaUpload.Status.valueOf(rs.getString("status")),
				reviewer == null ? null : new UserId(reviewer), Timestamps.read(rs, "reviewed_at"),
				rs.getString("reason"));
	}

}
