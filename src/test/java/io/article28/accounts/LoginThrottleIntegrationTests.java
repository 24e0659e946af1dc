package io.article28.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.Timestamps;

@IntegrationTest
class LoginThrottleIntegrationTests {

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
	void fourFailuresStillLetTheRightPasswordIn() throws Exception {
		var tenant = tenants.create();
		failTimes(tenant.ownerEmail(), LoginThrottle.MAX_FAILURES - 1);
		mvc.perform(get("/api/v1/me").with(tenant.owner())).andExpect(status().isOk());
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() throws Exception {
		var tenant = tenants.create();
		failTimes(tenant.ownerEmail(), LoginThrottle.MAX_FAILURES);
		mvc.perform(get("/api/v1/me").with(tenant.owner())).andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/v1/me").with(tenant.member())).andExpect(status().isOk());
	}

	@Test
	void aSuccessfulSignInClearsTheCount() throws Exception {
		var tenant = tenants.create();
		failTimes(tenant.ownerEmail(), LoginThrottle.MAX_FAILURES - 1);
		mvc.perform(get("/api/v1/me").with(tenant.owner())).andExpect(status().isOk());
		failTimes(tenant.ownerEmail(), LoginThrottle.MAX_FAILURES - 1);
		mvc.perform(get("/api/v1/me").with(tenant.owner())).andExpect(status().isOk());
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		String email = "window-" + java.util.UUID.randomUUID() + "@tenant.example";
		Instant outside = clock.instant().minus(LoginThrottle.WINDOW).minusSeconds(1);
		insertFailures(email, outside, LoginThrottle.MAX_FAILURES);
		assertThat(throttle.isBlocked(email)).isFalse();
	}

	@Test
	void failuresJustInsideTheWindowStillCount() {
		String email = "window-" + java.util.UUID.randomUUID() + "@tenant.example";
		Instant inside = clock.instant().minus(LoginThrottle.WINDOW).plusSeconds(30);
		insertFailures(email, inside, LoginThrottle.MAX_FAILURES);
		assertThat(throttle.isBlocked(email)).isTrue();
	}

	private void insertFailures(String email, Instant at, int count) {
		for (int i = 0; i < count; i++) {
			jdbc.sql("insert into login_failure (email_digest, failed_at) values (:digest, :at)")
				.param("digest", LoginThrottle.key(email))
				.param("at", Timestamps.of(at))
				.update();
		}
	}

	private void failTimes(String email, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(email, "wrong-password-" + i)))
				.andExpect(status().isUnauthorized());
		}
	}

}
