package io.article28.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.article28.core.Secrets;
import io.article28.core.EmailAddress;
import io.article28.core.ThrottledException;
import io.article28.core.Timestamps;

/**
 * Slows down floods of the public form: at most {@link #PER_EMAIL} requests per address
 * and {@link #PER_SOURCE} per network address within {@link #WINDOW}, and at most
 * {@link #LINKS_PER_REQUEST} new private links per request. Only digests are counted, and
 * kept a day.
 */
@Component
class RequestFlood {

	static final int PER_EMAIL = 5;

	static final int PER_SOURCE = 20;

	static final int LINKS_PER_REQUEST = 3;

	static final Duration WINDOW = Duration.ofHours(1);

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	RequestFlood(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts this submission, or refuses it when the address or the source sent too many.
	 */
	void admit(EmailAddress email, String source) {
		admit("email|" + email.value(), PER_EMAIL, source, "This address has sent " + PER_EMAIL
				+ " requests within the hour: please confirm those first, or try again later.");
	}

	/**
	 * Counts this ask for a new private link, or refuses it when the request had
	 * {@link #LINKS_PER_REQUEST} within the hour or the source asked too much.
	 */
	void admitStatusLink(UUID requestId, String source) {
		admit("link|" + requestId, LINKS_PER_REQUEST, source, "A new link for this request was asked for "
				+ LINKS_PER_REQUEST + " times within the hour: please use the last one mailed, or try again later.");
	}

	private void admit(String subject, int limit, String source, String refusal) {
		Instant now = clock.instant();
		String subjectDigest = Secrets.digest(subject);
		String sourceDigest = Secrets.digest("source|" + (source == null ? "" : source));
		jdbc.sql("delete from request_submission where submitted_at < :before")
			.param("before", Timestamps.of(now.minus(KEPT)))
			.update();
		if (count("email_digest", subjectDigest, now) >= limit) {
			throw new ThrottledException(refusal, WINDOW);
		}
		if (count("source_digest", sourceDigest, now) >= PER_SOURCE) {
			throw new ThrottledException("Too many requests from your network: please try again later.", WINDOW);
		}
		jdbc.sql("insert into request_submission (email_digest, source_digest, submitted_at) values (:e, :s, :at)")
			.param("e", subjectDigest)
			.param("s", sourceDigest)
			.param("at", Timestamps.of(now))
			.update();
	}

	private long count(String column, String digest, Instant now) {
		return jdbc.sql("select count(*) from request_submission where " + column + " = :d and submitted_at > :since")
			.param("d", digest)
			.param("since", Timestamps.of(now.minus(WINDOW)))
			.query(Long.class)
			.single();
	}

}
