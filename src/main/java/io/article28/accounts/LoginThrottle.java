package io.article28.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.article28.core.Timestamps;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed sign-ins for one email
 * within {@link #WINDOW}, further attempts are refused until the window has passed.
 * Counts live in the database so that every instance sees them; the email is kept only as
 * a digest.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isBlocked(String email) {
		Instant since = clock.instant().minus(WINDOW);
		long failures = jdbc
			.sql("select count(*) from login_failure where email_digest = :digest and failed_at > :since")
			.param("digest", key(email))
			.param("since", Timestamps.of(since))
			.query(Long.class)
			.single();
		return failures >= MAX_FAILURES;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String email) {
		Instant now = clock.instant();
		String digest = key(email);
		jdbc.sql("delete from login_failure where email_digest = :digest and failed_at < :before")
			.param("digest", digest)
			.param("before", Timestamps.of(now.minus(KEPT)))
			.update();
		jdbc.sql("insert into login_failure (email_digest, failed_at) values (:digest, :now)")
			.param("digest", digest)
			.param("now", Timestamps.of(now))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void clear(String email) {
		jdbc.sql("delete from login_failure where email_digest = :digest").param("digest", key(email)).update();
	}

	static String key(String email) {
		return ApiTokens.digest(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
	}

}
