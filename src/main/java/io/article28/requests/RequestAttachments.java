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

	private static final String DESCRIPTION = "id, request_id, filename, content_type, size_bytes, sha256, added_at";

	private final JdbcClient jdbc;

	RequestAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RequestAttachment add(UUID request, UploadedFile file, Instant now) {
		RequestAttachment attachment = new RequestAttachment(UUID.randomUUID(), request, file.filename(),
				file.contentType(), file.bytes().length, file.sha256(), now);
		jdbc.sql("""
				insert into request_attachment (id, request_id, filename, content_type, size_bytes, sha256, content,
				  added_at)
				values (:id, :request, :filename, :type, :size, :sha256, :content, :at)""")
			.param("id", attachment.id())
			.param("request", request)
			.param("filename", file.filename())
			.param("type", file.contentType())
			.param("size", attachment.sizeBytes())
			.param("sha256", attachment.sha256())
			.param("content", file.bytes())
			.param("at", Timestamps.of(now))
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

	private static RequestAttachment map(ResultSet rs, int row) throws SQLException {
		return new RequestAttachment(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				rs.getString("filename"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), Timestamps.read(rs, "added_at"));
	}

}
