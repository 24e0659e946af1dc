package io.article28.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the tests of rights requests share: the mails a person got, and a caller's
 * address.
 */
final class RequestTestSupport {

	private static final Pattern CONFIRMATION = Pattern.compile("confirm\\?token=([A-Za-z0-9_-]+)");

	private RequestTestSupport() {
	}

	/** The text of the first mail of that kind sent to the person; empty when none. */
	static String mail(JdbcClient jdbc, String person, String kind) {
		List<String> bodies = jdbc.sql("select body_text from notification where recipient = :to and kind = :kind")
			.param("to", person)
			.param("kind", kind)
			.query(String.class)
			.list();
		return bodies.isEmpty() ? "" : bodies.get(0);
	}

	/** The secret of the confirmation link mailed to the person. */
	static String confirmationToken(JdbcClient jdbc, String person) {
		Matcher matcher = CONFIRMATION.matcher(mail(jdbc, person, "request-confirm"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/**
	 * A request from this network address: each test keeps to its own, below the limits.
	 */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
