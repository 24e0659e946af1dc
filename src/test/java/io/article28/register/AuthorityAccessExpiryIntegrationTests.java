package io.article28.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.article28.IsolatedIntegrationTest;
import io.article28.MovingClock;
import io.article28.MutableClock;

/**
 * An authority's link works until its expiry: a second before, the registers open; from
 * then on, it is gone and the refusal is in the trail. On a database of its own, since
 * the clock moves ahead.
 */
@IsolatedIntegrationTest
@Import(MovingClock.class)
class AuthorityAccessExpiryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theLinkWorksASecondBeforeItsExpiryAndIsGoneAtIt() throws Exception {
		Instant expiresAt = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
		String body = mvc
			.perform(post("/api/v1/authority-access").with(httpBasic("dpo@nimbus.example", "article28-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("authority", "CNIL", "expiresAt", expiresAt.toString()))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode issued = json.readTree(body);
		String id = issued.get("id").asString();
		String path = AuthorityAccessIntegrationTests.linkPath(issued);

		clock.setTo(expiresAt.minusSeconds(1));
		mvc.perform(get(path + "/breach-register")).andExpect(status().isOk());

		clock.setTo(expiresAt);
		mvc.perform(get(path + "/register")).andExpect(status().isGone());
		mvc.perform(get(path + "/breach-register")).andExpect(status().isGone());

		assertThat(count("authority-access.used", id)).isEqualTo(1);
		assertThat(count("authority-access.refused", id)).isEqualTo(2);
	}

	private long count(String action, String id) {
		return jdbc.sql("select count(*) from trail_entry where action = :action and object_id = :id")
			.param("action", action)
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
