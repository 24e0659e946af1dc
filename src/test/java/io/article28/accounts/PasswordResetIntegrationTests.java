package io.article28.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import io.article28.IsolatedIntegrationTest;
import io.article28.MovingClock;
import io.article28.MutableClock;
import io.article28.SentMail;
import io.article28.Tenants;

/**
 * A forgotten password is reset with a mailed single-use link: the answer is the same
 * whether or not the address has an account; the link holds for one hour and once; an
 * account gets three links an hour; an address asking twenty times is refused; setting
 * the password ends every session of the person. The invitation link of a new staff
 * member holds seven days. On a database of its own, since the clock moves.
 */
@IsolatedIntegrationTest
@Import(MovingClock.class)
class PasswordResetIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final String NEW_PASSWORD = "a new and long passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Autowired
	StaffManagement staff;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theAnswerIsTheSameForAnAccountAndForAnAddressWithoutOneAndOnlyTheAccountIsMailed() throws Exception {
		var tenant = tenants.create();
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		ask(tenant.ownerEmail(), address()).andExpect(status().isAccepted());
		ask(unknown, address()).andExpect(status().isAccepted());
		assertThat(SentMail.texts(jdbc, tenant.ownerEmail(), "password-reset")).hasSize(1);
		assertThat(SentMail.texts(jdbc, unknown, "password-reset")).isEmpty();
	}

	@Test
	void aResetLinkWorksASecondBeforeItsHourIsUpAndNotAtIt() throws Exception {
		var early = tenants.create();
		ask(early.ownerEmail(), address());
		clock.advance(Duration.ofHours(1).minusSeconds(1));
		use(SentMail.passwordLink(jdbc, early.ownerEmail(), "password-reset"), NEW_PASSWORD)
			.andExpect(status().isNoContent());

		clock.reset();
		var late = tenants.create();
		ask(late.ownerEmail(), address());
		clock.advance(Duration.ofHours(1));
		use(SentMail.passwordLink(jdbc, late.ownerEmail(), "password-reset"), NEW_PASSWORD)
			.andExpect(status().isGone());
	}

	@Test
	void aLinkWorksOnceAndTheNewPasswordSignsInWhileTheOldOneNoLongerDoes() throws Exception {
		var tenant = tenants.create();
		ask(tenant.ownerEmail(), address());
		String link = SentMail.passwordLink(jdbc, tenant.ownerEmail(), "password-reset");
		use(link, NEW_PASSWORD).andExpect(status().isNoContent());
		use(link, "yet another long passphrase").andExpect(status().isGone());
		mvc.perform(get("/api/v1/me").with(httpBasic(tenant.ownerEmail(), NEW_PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic(tenant.ownerEmail(), Tenants.PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from trail_entry where action = 'password.set' and detail like '%RESET%'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aNewPasswordFollowsThePasswordRulesAndARefusedOneLeavesTheLinkOpen() throws Exception {
		var tenant = tenants.create();
		ask(tenant.ownerEmail(), address());
		String link = SentMail.passwordLink(jdbc, tenant.ownerEmail(), "password-reset");
		use(link, "short").andExpect(status().isBadRequest());
		use(link, NEW_PASSWORD).andExpect(status().isNoContent());
	}

	@Test
	void settingThePasswordEndsEverySessionOfThePerson() throws Exception {
		var tenant = tenants.create();
		jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				  max_inactive_interval, expiry_time, principal_name)
				values (:id, :id, 0, 0, 1800, 0, :email)""")
			.param("id", UUID.randomUUID().toString())
			.param("email", tenant.ownerEmail())
			.update();
		ask(tenant.ownerEmail(), address());
		use(SentMail.passwordLink(jdbc, tenant.ownerEmail(), "password-reset"), NEW_PASSWORD);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", tenant.ownerEmail())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAccountGetsThreeLinksAnHourAndNotAFourth() throws Exception {
		var tenant = tenants.create();
		for (int i = 0; i < 4; i++) {
			ask(tenant.ownerEmail(), address()).andExpect(status().isAccepted());
		}
		assertThat(SentMail.texts(jdbc, tenant.ownerEmail(), "password-reset")).hasSize(3);
		clock.advance(Duration.ofHours(1));
		ask(tenant.ownerEmail(), address()).andExpect(status().isAccepted());
		assertThat(SentMail.texts(jdbc, tenant.ownerEmail(), "password-reset")).hasSize(4);
	}

	@Test
	void somethingThatIsNotAnEmailAddressIsRefusedNamingTheField() throws Exception {
		ask("not an address", address()).andExpect(status().isBadRequest());
	}

	@Test
	void anAddressRefusedForAskingTooOftenStillSignsIn() throws Exception {
		var tenant = tenants.create();
		String address = address();
		for (int i = 0; i < 21; i++) {
			ask("someone-" + i + "@example.org", address);
		}
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		})).andExpect(status().isOk());
	}

	@Test
	void anAddressAskingTwentyTimesIsRefusedTheTwentyFirst() throws Exception {
		String address = address();
		for (int i = 0; i < 20; i++) {
			ask("someone-" + i + "@example.org", address).andExpect(status().isAccepted());
		}
		ask("someone-else@example.org", address).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
	}

	@Test
	void anInvitationHoldsSevenDaysAndNotASecondMore() throws Exception {
		String inTime = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
		staff.invite(inTime, "In Time", java.util.List.of(StaffRole.SUPPORT), null);
		clock.advance(Duration.ofDays(7).minusSeconds(1));
		use(SentMail.passwordLink(jdbc, inTime, "staff-invitation"), NEW_PASSWORD).andExpect(status().isNoContent());

		clock.reset();
		String tooLate = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
		staff.invite(tooLate, "Too Late", java.util.List.of(StaffRole.SUPPORT), null);
		clock.advance(Duration.ofDays(7));
		use(SentMail.passwordLink(jdbc, tooLate, "staff-invitation"), NEW_PASSWORD).andExpect(status().isGone());
	}

	private ResultActions ask(String email, String address) throws Exception {
		return mvc.perform(post("/api/v1/public/password-resets").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("email", email))));
	}

	private ResultActions use(String link, String password) throws Exception {
		return mvc.perform(post("/api/v1/public/password-links").contentType(MediaType.APPLICATION_JSON)
			.content(json
				.writeValueAsString(Map.of("token", link.substring("/password/".length()), "password", password))));
	}

	private static String address() {
		int n = ADDRESSES.incrementAndGet();
		return "198.19." + (n / 250) + "." + (n % 250 + 1);
	}

}
