package io.article28.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;
import io.article28.core.UploadedFile;

@Repository
class RequestAttachments {

	private static final String DESCRIPTION = "id, request_id, filename, content_type, size_bytes, sha256, added_at,"
			+ " expires_at";

	private final JdbcClient jdbc;

	RequestAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RequestAttachment add(UUID request, UploadedFile file, Instant now, Instant expiresAt) {
		RequestAttachment attachment = new RequestAttachment(UUID.randomUUID(), request, file.filename(),
				file.contentType(), file.bytes().length, file.sha256(), now, expiresAt);
		jdbc.sql("""
				insert into request_attachment (id, request_id, filename, content_type, size_bytes, sha256, content,
				  added_at, expires_at)
				values (:id, :request, :filename, :type, :size, :sha256, :content, :at, :expires)""")
			.param("id", attachment.id())
			.param("request", request)
			.param("filename", file.filename())
			.param("type", file.contentType())
			.param("size", attachment.sizeBytes())
			.param("sha256", attachment.sha256())
			.param("content", file.bytes())
			.param("at", Timestamps.of(now))
			.param("expires", Timestamps.of(expiresAt))
			.update();
		return attachment;
	}

	List<RequestAttachment> of(UUID request) {
		return jdbc.sql("select " + DESCRIPTION + " from request_attachment where request_id = :id order by added_at")
			.param("id", request)
			.query(RequestAttachments::map)
			.list();
	}

	Optional<RequestAttachment.Content> content(UUID request, UUID id) {
		return jdbc
			.sql("select " + DESCRIPTION + ", content from request_attachment where request_id = :r and id = :id")
			.param("r", request)
			.param("id", id)
			.query((rs, row) -> new RequestAttachment.Content(map(rs, row), rs.getBytes("content")))
			.optional();
	}

	/** The files whose time is over, at most {@code limit} of them. */
	List<RequestAttachment> expired(Instant now, int limit) {
		return jdbc
			.sql("select " + DESCRIPTION
					+ " from request_attachment where expires_at <= :now order by expires_at, id limit :limit")
			.param("now", Timestamps.of(now))
			.param("limit", limit)
			.query(RequestAttachments::map)
			.list();
	}

	void deleteAll(java.util.Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("delete from request_attachment where id in (:ids)").param("ids", ids).update();
		}
	}

	boolean delete(UUID id) {
		return jdbc.sql("delete from request_attachment where id = :id").param("id", id).update() > 0;
	}

	private static RequestAttachment map(ResultSet rs, int row) throws SQLException {
		return new RequestAttachment(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), Timestamps.read(rs, "added_at"), Timestamps.read(rs, "expires_at"));
	}

}
