package io.article28.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;

@Repository
class RequestMessages {

	/** A conversation this long is a flood, not a conversation. */
	static final int MAX_PER_REQUEST = 200;

	private final JdbcClient jdbc;

	RequestMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RequestMessage add(UUID request, RequestMessage.Author author, String body, Instant now) {
		RequestMessage message = new RequestMessage(UUID.randomUUID(), request, author, body, now);
		jdbc.sql("""
				insert into request_message (id, request_id, author, body, created_at)
				values (:id, :request, :author, :body, :at)""")
			.param("id", message.id())
			.param("request", request)
			.param("author", author.name())
			.param("body", body)
			.param("at", Timestamps.of(now))
			.update();
		return message;
	}

	long count(UUID request) {
		return jdbc.sql("select count(*) from request_message where request_id = :id")
			.param("id", request)
			.query(Long.class)
			.single();
	}

	List<RequestMessage> of(UUID request) {
		return jdbc.sql("select * from request_message where request_id = :id order by created_at, id")
			.param("id", request)
			.query((rs, row) -> new RequestMessage(rs.getObject("id", UUID.class), request,
					RequestMessage.Author.valueOf(rs.getString("author")), rs.getString("body"),
					Timestamps.read(rs, "created_at")))
			.list();
	}

}
