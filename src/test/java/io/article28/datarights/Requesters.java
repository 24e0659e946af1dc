package io.article28.datarights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.article28.core.EmailAddress;
import io.article28.core.Secrets;
import io.article28.requests.RequestManagement;
import io.article28.requests.RequestRight;

/** A person who files a request about an app and confirms it, for the tests. */
@Component
public class Requesters {

	/** The confirmed request, and the secret of the person's private link. */
	public record Confirmed(UUID id, String statusToken) {
	}

	private static final Pattern CONFIRMATION = Pattern.compile("confirm\\?token=([A-Za-z0-9_-]+)");

	private final RequestManagement requests;

	private final JdbcClient jdbc;

	Requesters(RequestManagement requests, JdbcClient jdbc) {
		this.requests = requests;
		this.jdbc = jdbc;
	}

	public Confirmed access(String app, String person) {
		return confirmed(app, RequestRight.ACCESS, person, "A copy of my data");
	}

	public Confirmed erasure(String app, String person) {
		return confirmed(app, RequestRight.ERASURE, person, "Erase my account and everything about me");
	}

	public Confirmed restriction(String app, String person) {
		return confirmed(app, RequestRight.RESTRICTION, person, "Stop using my data while my complaint is examined");
	}

	public Confirmed rectification(String app, String person) {
		return confirmed(app, RequestRight.RECTIFICATION, person, "My name is misspelt in my account");
	}

	private Confirmed confirmed(String app, RequestRight right, String person, String details) {
		// the tests file many requests from one address: the flood limit is not theirs to
		// meet
		jdbc.sql("delete from request_submission where email_digest = :digest")
			.param("digest", Secrets.digest("email|" + new EmailAddress(person).value()))
			.update();
		UUID id = requests
			.submit(new RequestManagement.NewRequest(app, right, person, details), "test-" + UUID.randomUUID())
			.id();
		String body = jdbc
			.sql("select body_text from notification where recipient = :to and kind = 'request-confirm'"
					+ " and body_text like :id")
			.param("to", person)
			.param("id", "%" + id + "%")
			.query(String.class)
			.single();
		Matcher matcher = CONFIRMATION.matcher(body);
		assertThat(matcher.find()).isTrue();
		return new Confirmed(id, requests.confirm(id, matcher.group(1)).statusToken());
	}

}
