package io.article28.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.UserId;
import io.article28.core.Timestamps;

/** The accesses given to supervisory authorities, newest first. */
@Repository
class AuthorityAccesses {

	private final JdbcClient jdbc;

	AuthorityAccesses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuthorityAccess access) {
		jdbc.sql("""
				insert into authority_access (id, authority, issued_at, issued_by, expires_at, token_digest)
				values (:id, :authority, :issuedAt, :issuedBy, :expiresAt, :digest)""")
			.param("id", access.id())
			.param("authority", access.authority())
			.param("issuedAt", Timestamps.of(access.issuedAt()))
			.param("issuedBy", access.issuedBy().value())
			.param("expiresAt", Timestamps.of(access.expiresAt()))
			.param("digest", access.tokenDigest())
			.update();
	}

	void saveRevocation(AuthorityAccess access) {
		jdbc.sql("update authority_access set revoked_at = :at, revoked_by = :by where id = :id")
			.param("at", Timestamps.of(access.revokedAt().orElseThrow()))
			.param("by", access.revokedBy().map(UserId::value).orElse(null))
			.param("id", access.id())
			.update();
	}

	Optional<AuthorityAccess> find(UUID id) {
		return jdbc.sql("select * from authority_access where id = :id")
			.param("id", id)
			.query(AuthorityAccesses::map)
			.optional();
	}

	Optional<AuthorityAccess> findByToken(String token) {
		return jdbc.sql("select * from authority_access where token_digest = :digest")
			.param("digest", AuthorityAccess.digest(token))
			.query(AuthorityAccesses::map)
			.optional();
	}

	List<AuthorityAccess> all() {
		return jdbc.sql("select * from authority_access order by issued_at desc, id")
			.query(AuthorityAccesses::map)
			.list();
	}

	private static AuthorityAccess map(ResultSet rs, int row) throws SQLException {
		UUID revokedBy = rs.getObject("revoked_by", UUID.class);
		return new AuthorityAccess(rs.getObject("id", UUID.class), rs.getString("authority"),
				Timestamps.read(rs, "issued_at"), new UserId(rs.getObject("issued_by", UUID.class)),
				Timestamps.read(rs, "expires_at"), rs.getString("token_digest"), Timestamps.read(rs, "revoked_at"),
				revokedBy == null ? null : new UserId(revokedBy));
	}

}
