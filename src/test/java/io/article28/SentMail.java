package io.article28;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the outbox holds for a recipient, for tests that follow a mailed link. */
public final class SentMail {

	private static final Pattern PASSWORD_LINK = Pattern.compile("/password/[A-Za-z0-9_-]+");

	private SentMail() {
	}

	/** The plain-text bodies of the mails of that kind to the address, oldest first. */
	public static List<String> texts(JdbcClient jdbc, String to, String kind) {
		return jdbc.sql("""
				select body_text from notification where channel = 'EMAIL' and recipient = :to and kind = :kind
				order by created_at, id""").param("to", to).param("kind", kind).query(String.class).list();
	}

	/** The path of the password link in the latest mail of that kind to the address. */
	public static String passwordLink(JdbcClient jdbc, String to, String kind) {
		List<String> texts = texts(jdbc, to, kind);
		if (texts.isEmpty()) {
			throw new AssertionError("no " + kind + " mail to " + to);
		}
		Matcher link = PASSWORD_LINK.matcher(texts.get(texts.size() - 1));
		if (!link.find()) {
			throw new AssertionError("no password link in the " + kind + " mail to " + to);
		}
		return link.group();
	}

}
