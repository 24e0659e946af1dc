package io.article28.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.Timestamps;

/**
 * Failed sign-ins are counted per account and per address: five on an account shut out
 * the addresses that failed, not the others; twenty from one address, on any accounts or
 * tokens, shut that address out. Each test signs in from addresses of its own.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void fourFailuresFromAnAddressStillLetTheRightPasswordInFromIt() throws Exception {
		var tenant = tenants.create();
		String address = address();
		failTimes(tenant.ownerEmail(), address, 4);
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(from(address))).andExpect(status().isOk());
	}

	@Test
	void afterFiveFailuresTheAddressThatFailedIsRefusedAndTheOwnersOwnSignsIn() throws Exception {
		var tenant = tenants.create();
		String attacker = address();
		failTimes(tenant.ownerEmail(), attacker, 5);
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(from(attacker)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"));
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(from(address()))).andExpect(status().isOk());
	}

	@Test
	void fiveFailuresFromFiveAddressesRefuseEachOfThemButNotAnAddressWithoutFailures() throws Exception {
		var tenant = tenants.create();
		String first = address();
		failTimes(tenant.ownerEmail(), first, 1);
		for (int i = 0; i < 4; i++) {
			failTimes(tenant.ownerEmail(), address(), 1);
		}
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(from(first))).andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(from(address()))).andExpect(status().isOk());
	}

	@Test
	void nineteenFailuresOnOtherAccountsLeaveAnAddressInAndTwentyShutItOut() throws Exception {
		var tenant = tenants.create();
		String address = address();
		for (int i = 0; i < 19; i++) {
			failTimes("nobody-" + UUID.randomUUID() + "@guess.example", address, 1);
		}
		mvc.perform(get("/api/v1/me").with(tenant.member()).with(from(address))).andExpect(status().isOk());
		failTimes("nobody-" + UUID.randomUUID() + "@guess.example", address, 1);
		mvc.perform(get("/api/v1/me").with(tenant.member()).with(from(address)))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/v1/me").with(tenant.member()).with(from(address()))).andExpect(status().isOk());
	}

	@Test
	void wrongTokensCountAgainstTheAddressToo() throws Exception {
		var tenant = tenants.create();
		String address = address();
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer a28_wrong" + i).with(from(address)))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer a28_wrong").with(from(address)))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(from(address))).andExpect(status().isTooManyRequests());
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsCount() throws Exception {
		var tenant = tenants.create();
		String address = address();
		failTimes(tenant.ownerEmail(), address, 4);
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(from(address))).andExpect(status().isOk());
		failTimes(tenant.ownerEmail(), address, 4);
		mvc.perform(get("/api/v1/me").with(tenant.owner()).with(from(address))).andExpect(status().isOk());
	}

	@Test
	void failuresOlderThanFifteenMinutesNoLongerCount() {
		String email = "window-" + UUID.randomUUID() + "@tenant.example";
		String address = address();
		insertFailures(email, address, clock.instant().minusSeconds(15 * 60 + 1), 20);
		assertThat(throttle.isBlocked(email, address)).isFalse();
	}

	@Test
	void failuresJustInsideFifteenMinutesStillCount() {
		String email = "window-" + UUID.randomUUID() + "@tenant.example";
		String address = address();
		insertFailures(email, address, clock.instant().minusSeconds(15 * 60 - 30), 5);
		assertThat(throttle.isBlocked(email, address)).isTrue();
		assertThat(throttle.isBlocked(address)).as("five are not twenty").isFalse();
	}

	/** An address no other test signs in from, in 198.18.0.0/15 (set aside for tests). */
	private static String address() {
		int n = ADDRESSES.incrementAndGet();
		return "198.18." + (n / 250) + "." + (n % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void insertFailures(String email, String address, Instant at, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("insert into login_failure (email_digest, source_digest, failed_at) values (:email, :source, :at)")
				.param("email", LoginThrottle.key(email))
				.param("source", ApiTokens.digest(address))
				.param("at", Timestamps.of(at))
				.update();
		}
	}

	private void failTimes(String email, String address, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(email, "wrong-password-" + i)).with(from(address)))
				.andExpect(status().isUnauthorized());
		}
	}

}
