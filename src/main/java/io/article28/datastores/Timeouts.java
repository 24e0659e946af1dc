package io.article28.datastores;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a data store has: to accept a connection and sign in, and to run one statement
 * (the server stops it then). A read on the socket waits at most both, so that a server
 * that stops answering does not hold a thread.
 */
@Component
class Timeouts {

	private final Duration connect;

	private final Duration statement;

	Timeouts(@Value("${article28.datastores.connect-timeout:10s}") Duration connect,
			@Value("${article28.datastores.statement-timeout:30s}") Duration statement) {
		this.connect = connect;
		this.statement = statement;
	}

	Duration connect() {
		return connect;
	}

	Duration statement() {
		return statement;
	}

	Duration socket() {
		return connect.plus(statement);
	}

	/** Whole seconds, at least one: what the drivers that count in seconds take. */
	static int seconds(Duration duration) {
		return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
	}

}
