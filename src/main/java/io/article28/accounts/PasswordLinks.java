package io.article28.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Secrets;
import io.article28.core.Timestamps;

/** The single-use links to set a password; only the digest of their secret is kept. */
@Repository
class PasswordLinks {

	/** A link found by its secret. */
	record Link(UUID id, UserId userId, PasswordLinkPurpose purpose, Instant expiresAt, Instant usedAt) {

		boolean isOpen(Instant now) {
			return usedAt == null && now.isBefore(expiresAt);
		}

	}

	/** A new link and the secret that opens it, to be sent and forgotten. */
	record Issued(UUID id, String token, Instant expiresAt) {
	}

	private final JdbcClient jdbc;

	PasswordLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Issued issue(UserId user, PasswordLinkPurpose purpose, Instant at) {
		String token = Secrets.newToken();
		UUID id = UUID.randomUUID();
		// as stored, so that the hour ends when it says, not a rounding later
		Instant now = Timestamps.stored(at);
		Instant expiresAt = now.plus(purpose.validity());
		jdbc.sql("""
				insert into password_link (id, user_id, purpose, token_digest, created_at, expires_at)
				values (:id, :user, :purpose, :digest, :now, :expiresAt)""")
			.param("id", id)
			.param("user", user.value())
			.param("purpose", purpose.name())
			.param("digest", Secrets.digest(token))
			.param("now", Timestamps.of(now))
			.param("expiresAt", Timestamps.of(expiresAt))
			.update();
		return new Issued(id, token, expiresAt);
	}

	Optional<Link> find(String token) {
		return jdbc.sql("""
				select id, user_id, purpose, expires_at, used_at from password_link where token_digest = :digest""")
			.param("digest", Secrets.digest(token))
			.query((rs, row) -> new Link(rs.getObject("id", UUID.class),
					new UserId(rs.getObject("user_id", UUID.class)),
					PasswordLinkPurpose.valueOf(rs.getString("purpose")), Timestamps.read(rs, "expires_at"),
					Timestamps.read(rs, "used_at")))
			.optional();
	}

	/** How many links of the purpose the person was sent since then. */
	long countSince(UserId user, PasswordLinkPurpose purpose, Instant since) {
		return jdbc
			.sql("""
					select count(*) from password_link where user_id = :user and purpose = :purpose and created_at > :since""")
			.param("user", user.value())
			.param("purpose", purpose.name())
			.param("since", Timestamps.of(since))
			.query(Long.class)
			.single();
	}

	/** Closes every open link of the person: one set password ends them all. */
	void closeAll(UserId user, Instant now) {
		jdbc.sql("update password_link set used_at = :now where user_id = :user and used_at is null")
			.param("now", Timestamps.of(now))
			.param("user", user.value())
			.update();
	}

	void deleteOf(java.util.Collection<UUID> users) {
		if (!users.isEmpty()) {
			jdbc.sql("delete from password_link where user_id in (:ids)").param("ids", users).update();
		}
	}

}
