package io.article28.accounts;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people's sign-in sessions, kept by Spring Session in the database: ending them
 * signs the person out on every instance at its next request.
 */
@Component
class Sessions {

	private final JdbcClient jdbc;

	Sessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void endAll(Collection<String> emails) {
		if (!emails.isEmpty()) {
			jdbc.sql("delete from spring_session where principal_name in (:emails)").param("emails", emails).update();
		}
	}

}
