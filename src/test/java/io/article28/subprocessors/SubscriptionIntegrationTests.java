package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.core.Timestamps;

@IntegrationTest
class SubscriptionIntegrationTests {

	static final String CONFIRM = "subprocessor-subscription-confirm";

	static final String CHANGE = "subprocessor-change-public";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SubprocessorChangeManagement changes;

	@Autowired
	SubscriptionJob job;

	@Autowired
	Clock clock;

	@Test
	void subscribingSendsOneConfirmationMailWithItsLinks() throws Exception {
		String email = email();
		Cookie session = mvc.perform(post("/subprocessors/subscriptions").param("email", email).with(csrf()))
			.andExpect(redirectedUrl("/subprocessors#follow"))
			.andExpect(flash().attribute("notice", "subprocessors.subscription.requested"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/subprocessors").cookie(session))
			.andExpect(content().string(containsString("Check your inbox")))
			.andExpect(content().string(containsString("/subprocessors.atom")));
		List<String> mails = awaitMails(email, CONFIRM, 1);
		String token = token(email);
		assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
		assertThat(mails.get(0)).contains("/subprocessors/subscriptions/confirm?token=" + token)
			.contains("/subprocessors/subscriptions/unsubscribe?token=" + token);
		assertThat(trail(id(email))).containsExactly("subprocessor-subscription.requested {}");
	}

	@Test
	void readingThePublicListOpensNoSessionAndFollowingNeedsNoToken() throws Exception {
		var read = mvc.perform(get("/subprocessors"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/subprocessors/subscriptions\"")))
			.andReturn();
		assertThat(read.getRequest().getSession(false)).isNull();
		assertThat(read.getResponse().getCookie("SESSION")).isNull();
		mvc.perform(post("/subprocessors/subscriptions").param("email", email()))
			.andExpect(redirectedUrl("/subprocessors#follow"))
			.andExpect(flash().attribute("notice", "subprocessors.subscription.requested"));
	}

	@Test
	void aPendingAddressIsMailedAgainOnlyAfterTenMinutes() throws Exception {
		String email = email();
		subscribeByApi(email);
		awaitMails(email, CONFIRM, 1);
		subscribeByApi(email);
		assertSettled(id(email), email, CONFIRM, 1);

		jdbc.sql("update subprocessor_subscription set last_mail_at = :at where email = :email")
			.param("at", Timestamps.of(clock.instant().minus(Duration.ofMinutes(10)).minusSeconds(1)))
			.param("email", email)
			.update();
		subscribeByApi(email);
		awaitMails(email, CONFIRM, 2);
	}

	@Test
	void aConfirmedAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String email = email();
		subscribeByApi(email);
		awaitMails(email, CONFIRM, 1);
		confirm(email);

		subscribeByApi(email);
		mvc.perform(post("/subprocessors/subscriptions").param("email", email).with(csrf()))
			.andExpect(flash().attribute("notice", "subprocessors.subscription.requested"));
		assertSettled(id(email), email, CONFIRM, 1);
	}

	@Test
	void onlyConfirmedSubscribersAreMailedAChangeEachWithItsUnsubscribeLink() throws Exception {
		String pending = email();
		String confirmed = email();
		subscribeByApi(pending);
		subscribeByApi(confirmed);
		confirm(confirmed);
		String name = "Watched " + UUID.randomUUID().toString().substring(0, 8);
		SubprocessorChange change = changes.announce(new NewSubprocessorChange(ChangeType.ADD,
				new NewSubprocessor(name, "dpo@watched.example", "Analytics", "Legitimate interest", "Usage data", "DE",
						"Frankfurt", TransferSafeguard.NONE, null, List.of(), List.of()),
				null, "Counts visits.", changes.earliestEffectiveDate()), null);

		List<String> mails = awaitMails(confirmed, CHANGE, 1);
		assertThat(mails.get(0)).contains(name)
			.contains("Counts visits.")
			.contains("/subprocessors#change-" + change.id())
			.contains("/subprocessors/subscriptions/unsubscribe?token=" + token(confirmed));
		assertSettled(change.id(), confirmed, CHANGE, 1);
		assertThat(mails(pending, CHANGE)).isEmpty();
	}

	@Test
	void unsubscribingDeletesTheAddress() throws Exception {
		String email = email();
		subscribeByApi(email);
		confirm(email);
		String token = token(email);
		UUID id = id(email);

		mvc.perform(get("/subprocessors/subscriptions/unsubscribe").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unsubscribe")));
		assertThat(rows(email)).isOne();
		mvc.perform(post("/subprocessors/subscriptions/unsubscribe").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are unsubscribed")));
		assertThat(rows(email)).isZero();
		assertThat(trail(id)).containsExactly("subprocessor-subscription.requested {}",
				"subprocessor-subscription.confirmed {}", "subprocessor-subscription.cancelled {}");
		mvc.perform(post("/subprocessors/subscriptions/unsubscribe").param("token", token).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anInvalidAddressIsRefusedWithTheField() throws Exception {
		mvc.perform(post("/api/v1/subprocessor-subscriptions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"not-an-address\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(post("/subprocessors/subscriptions").param("email", "not-an-address").with(csrf()))
			.andExpect(redirectedUrl("/subprocessors#follow"))
			.andExpect(flash().attributeExists("formError"));
	}

	@Test
	void aBadTokenShowsTheInvalidLinkPage() throws Exception {
		mvc.perform(post("/subprocessors/subscriptions/confirm").param("token", "no-such-token").with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("invalid or has expired")));
		mvc.perform(get("/subprocessors/subscriptions/confirm"))
			.andExpect(content().string(containsString("invalid or has expired")));
	}

	@Test
	void openingTheConfirmationLinkConfirmsNothingTheButtonDoes() throws Exception {
		String email = email();
		subscribeByApi(email);
		mvc.perform(get("/subprocessors/subscriptions/confirm").param("token", token(email)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-subscription\"")));
		assertThat(jdbc.sql("select count(*) from subprocessor_subscription where email = :e and confirmed_at is null")
			.param("e", email)
			.query(Long.class)
			.single()).isOne();
		confirm(email);
	}

	@Test
	void requestsLeftUnconfirmedForAWeekAreDeleted() throws Exception {
		String pending = email();
		String confirmed = email();
		subscribeByApi(pending);
		subscribeByApi(confirmed);
		confirm(confirmed);
		Instant now = clock.instant();

		job.expireUnconfirmed(now.plus(Duration.ofDays(6)));
		assertThat(rows(pending)).isOne();
		UUID id = id(pending);
		assertThat(job.expireUnconfirmed(now.plus(Duration.ofDays(8)))).isPositive();
		assertThat(rows(pending)).isZero();
		assertThat(rows(confirmed)).isOne();
		assertThat(trail(id)).contains("subprocessor-subscription.expired {}");
	}

	private static String email() {
		return "follower-" + UUID.randomUUID() + "@example.org";
	}

	private void subscribeByApi(String email) throws Exception {
		mvc.perform(post("/api/v1/subprocessor-subscriptions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
	}

	private void confirm(String email) throws Exception {
		mvc.perform(post("/subprocessors/subscriptions/confirm").param("token", token(email)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your address is confirmed")));
	}

	private String token(String email) {
		return jdbc.sql("select token from subprocessor_subscription where email = :email")
			.param("email", email)
			.query(String.class)
			.single();
	}

	private long rows(String email) {
		return jdbc.sql("select count(*) from subprocessor_subscription where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private List<String> mails(String email, String kind) {
		return jdbc
			.sql("select body_text from notification where channel = 'EMAIL' and recipient = :to and kind = :kind")
			.param("to", email)
			.param("kind", kind)
			.query(String.class)
			.list();
	}

	private List<String> awaitMails(String email, String kind, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> mails(email, kind).size() >= count);
		List<String> mails = mails(email, kind);
		assertThat(mails).hasSize(count);
		return mails;
	}

	/**
	 * Once every listener of the events about {@code about} has finished (their
	 * publications are completed), the address holds exactly {@code count} mails of the
	 * kind: no mail can come later.
	 */
	private void assertSettled(UUID about, String email, String kind, int count) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select count(*) from event_publication
					where serialized_event like :about and completion_date is null""")
				.param("about", "%" + about + "%")
				.query(Long.class)
				.single() == 0);
		assertThat(mails(email, kind)).hasSize(count);
	}

	private UUID id(String email) {
		return jdbc.sql("select id from subprocessor_subscription where email = :email")
			.param("email", email)
			.query(UUID.class)
			.single();
	}

	/** The trail of a subscription: actions and details, which hold no address. */
	private List<String> trail(UUID subscription) {
		return jdbc.sql("select action || ' ' || detail from trail_entry where object_id = :id order by sequence")
			.param("id", subscription.toString())
			.query(String.class)
			.list();
	}

}
