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
 * Slows down password and token guessing, counting failed sign-ins within {@link #WINDOW}
 * in the database so that every instance sees them:
 * <ul>
 * <li>an address with {@link #MAX_ADDRESS_FAILURES} failures, on any accounts or tokens,
 * is refused every sign-in until its failures leave the window;</li>
 * <li>an account with {@link #MAX_FAILURES} failures is refused to every address that
 * failed on it, while an address that did not (its owner's, most likely) still signs in
 * with the right password: guessing is slowed, the owner is not locked out.</li>
 * </ul>
 * Emails and addresses are kept only as digests; a success clears the account's count.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final int MAX_ADDRESS_FAILURES = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_RESET_REQUESTS = 20;

	private static final Duration KEPT = Duration.ofDays(1);

	/** What a failed API token is counted under, in place of an email. */
	private static final String TOKEN = "api-token";

	/** What a request for a password reset is counted under, in place of an email. */
	private static final String RESET = "password-reset";

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether a sign-in to the account from the address is refused for now. */
	@Transactional(readOnly = true)
	boolean isBlocked(String email, String address) {
		if (isBlocked(address)) {
			return true;
		}
		String account = key(email);
		return count("email_digest = :account", account, null) >= MAX_FAILURES
				&& count("email_digest = :account and source_digest = :source", account, source(address)) > 0;
	}

	/** Whether every sign-in from the address is refused for now. */
	@Transactional(readOnly = true)
	boolean isBlocked(String address) {
		return count("source_digest = :source and email_digest <> :account", key(RESET),
				source(address)) >= MAX_ADDRESS_FAILURES;
	}

	/**
	 * Whether the address asked for {@link #MAX_RESET_REQUESTS} password resets within
	 * the window; these do not stop its sign-ins.
	 */
	@Transactional(readOnly = true)
	boolean isResetBlocked(String address) {
		return count("source_digest = :source and email_digest = :account", key(RESET),
				source(address)) >= MAX_RESET_REQUESTS;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String email, String address) {
		insertFailure(key(email), address);
	}

	private void insertFailure(String account, String address) {
		Instant now = clock.instant();
		jdbc.sql("delete from login_failure where failed_at < :before")
			.param("before", Timestamps.of(now.minus(KEPT)))
			.update();
		jdbc.sql("insert into login_failure (email_digest, source_digest, failed_at) values (:account, :source, :now)")
			.param("account", account)
			.param("source", source(address))
			.param("now", Timestamps.of(now))
			.update();
	}

	/** Counts a token that signed nobody in against its address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordTokenFailure(String address) {
		insertFailure(key(TOKEN), address);
	}

	/** Counts a request for a password reset against its address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordResetRequest(String address) {
		insertFailure(key(RESET), address);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void clear(String email) {
		jdbc.sql("delete from login_failure where email_digest = :account").param("account", key(email)).update();
	}

	private long count(String condition, String account, String source) {
		return jdbc.sql("select count(*) from login_failure where " + condition + " and failed_at > :since")
			.param("account", account)
			.param("source", source)
			.param("since", Timestamps.of(clock.instant().minus(WINDOW)))
			.query(Long.class)
			.single();
	}

	static String key(String email) {
		return ApiTokens.digest(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
	}

	private static String source(String address) {
		return ApiTokens.digest(address == null ? "" : address);
	}

}
