package io.article28.accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;

/** The history of a person's profile rectifications, field names only. */
@Repository
class ProfileChanges {

	private final JdbcClient jdbc;

	ProfileChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(ProfileRectified change, Instant at) {
		jdbc.sql("""
				insert into profile_change (user_id, changed_by, changed_fields, changed_at)
				values (:user, :by, :fields, :at)""")
			.param("user", change.userId().value())
			.param("by", change.by().value())
			.param("fields", String.join(",", change.fields()))
			.param("at", Timestamps.of(at))
			.update();
	}

	List<ProfileChange> latest(UserId user, int limit) {
		return jdbc.sql("""
				select changed_at, changed_by, changed_fields from profile_change
				where user_id = :user order by changed_at desc, id desc limit :limit""")
			.param("user", user.value())
			.param("limit", limit)
			.query((rs, row) -> new ProfileChange(Timestamps.read(rs, "changed_at"),
					new UserId(rs.getObject("changed_by", UUID.class)),
					Arrays.asList(rs.getString("changed_fields").split(","))))
			.list();
	}

}
