package io.article28.accounts;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Digests;
import io.article28.core.Timestamps;

/**
 * Personal API tokens. A token is 32 random bytes shown once; only its SHA-256 digest is
 * stored, which is enough to recognise it and cheap to check on every request (unlike a
 * password hash).
 */
@Repository
class ApiTokens {

	static final String PREFIX = "a28_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String digest(String token) {
		return Digests.sha256Hex(token);
	}

	void insert(UUID id, UserId user, String name, String digest, Instant now) {
		jdbc.sql("""
				insert into api_token (id, user_id, name, token_digest, created_at)
				values (:id, :user, :name, :digest, :now)""")
			.param("id", id)
			.param("user", user.value())
			.param("name", name)
			.param("digest", digest)
			.param("now", Timestamps.of(now))
			.update();
	}

	/** The owner of an active token, and the token's id. */
	record Owner(UserId userId, UUID tokenId) {
	}

	Optional<Owner> activeOwner(String digest) {
		return jdbc.sql("select user_id, id from api_token where token_digest = :digest and revoked_at is null")
			.param("digest", digest)
			.query((rs, row) -> new Owner(new UserId(rs.getObject("user_id", UUID.class)),
					rs.getObject("id", UUID.class)))
			.optional();
	}

	long countActive(UserId user) {
		return jdbc.sql("select count(*) from api_token where user_id = :user and revoked_at is null")
			.param("user", user.value())
			.query(Long.class)
			.single();
	}

	List<ApiTokenSummary> list(UserId user) {
		return jdbc.sql("""
				select id, name, created_at, revoked_at from api_token
				where user_id = :user order by created_at desc, id""")
			.param("user", user.value())
			.query((rs, row) -> new ApiTokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					Timestamps.read(rs, "created_at"), Timestamps.read(rs, "revoked_at")))
			.list();
	}

	/** Revokes every active token of the person. */
	void revokeAll(UserId user, Instant now) {
		jdbc.sql("update api_token set revoked_at = :now where user_id = :user and revoked_at is null")
			.param("now", Timestamps.of(now))
			.param("user", user.value())
			.update();
	}

	boolean revoke(UserId user, UUID id, Instant now) {
		return jdbc
			.sql("update api_token set revoked_at = :now where id = :id and user_id = :user and revoked_at is null")
			.param("now", Timestamps.of(now))
			.param("id", id)
			.param("user", user.value())
			.update() == 1;
	}

}
