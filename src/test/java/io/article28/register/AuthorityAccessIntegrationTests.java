package io.article28.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.article28.IntegrationTest;
import io.article28.accounts.UserId;
import io.article28.incidents.BreachScope;
import io.article28.incidents.IncidentManagement;
import io.article28.incidents.IncidentSeverity;

/**
 * A DPO gives a supervisory authority a link that opens the register of processing and
 * the breach register, and nothing else, each use in the trail, until it is revoked;
 * nobody else may give one.
 */
@IntegrationTest
class AuthorityAccessIntegrationTests {

	private static final RequestPostProcessor DPO = httpBasic("dpo@nimbus.example", "article28-demo");

	private static final RequestPostProcessor ADMIN = httpBasic("ops@nimbus.example", "article28-demo");

	private static final RequestPostProcessor SECURITY = httpBasic("security@nimbus.example", "article28-demo");

	private static final RequestPostProcessor CUSTOMER = httpBasic("alice@acme-health.example", "article28-demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	IncidentManagement incidents;

	@Test
	void theLinkOpensTheRegisterAndTheBreachRegisterAndEveryUseIsInTheTrail() throws Exception {
		JsonNode issued = issue("CNIL inquiry " + System.nanoTime(), DPO);
		String id = issued.get("id").asString();
		String path = linkPath(issued);
		assertThat(trail("authority-access.issued", id)).isEqualTo(1);

		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(issued.get("authority").asString())));
		mvc.perform(get(path + "/register"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/json"))
			.andExpect(jsonPath("$.contents.controllers").isArray());
		mvc.perform(get(path + "/register").param("format", "pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get(path + "/breach-register")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());

		assertThat(trail("authority-access.used", id)).isEqualTo(4);
		assertThat(jdbc.sql("""
				select count(*) from trail_entry where action = 'authority-access.used' and object_id = :id
				  and detail like '%register%' and detail like '%pdf%'""").param("id", id).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from trail_entry where action = 'authority-access.used' and object_id = :id
				  and detail like '%breach-register%'""").param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theAuthorityReadsBothRegistersOnItsPagesEachReadInTheTrail() throws Exception {
		String title = "Backup bucket exposed " + System.nanoTime();
		Instant now = clock.instant();
		var incident = incidents.declare(title, "A backup bucket was listed publicly", IncidentSeverity.HIGH,
				now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(4)), new UserId(UUID.randomUUID()));
		incidents.assessAsBreach(incident.id(),
				new BreachScope(List.of("osc-fr1"), List.of(), List.of("backups"), now.minus(Duration.ofDays(1)),
						now.minus(Duration.ofHours(5)), List.of("contact data"), 120L, 300L, "Spam to the people",
						"Bucket made private"));
		JsonNode issued = issue("CNIL controls " + System.nanoTime(), DPO);
		String id = issued.get("id").asString();
		String path = linkPath(issued);

		mvc.perform(get(path))
			.andExpect(content().string(containsString(path + "/register?format=html")))
			.andExpect(content().string(containsString(path + "/breach-register?format=html")));
		mvc.perform(get(path + "/register").param("format", "html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/html")))
			.andExpect(content().string(containsString("Nimbus PaaS SAS")))
			.andExpect(content().string(containsString("Customer support and commercial assistance")))
			.andExpect(content().string(containsString("Boulangerie Numérique SARL")))
			.andExpect(content().string(containsString("osc-fr1")))
			.andExpect(content().string(containsString("Stripe Payments Europe Ltd")))
			.andExpect(content().string(containsString("flagged: ")))
			.andExpect(content().string(not(containsString("/staff/"))))
			.andExpect(content().string(not(containsString("<form"))));
		mvc.perform(get(path + "/breach-register").param("format", "html").param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/html")))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Bucket made private")))
			.andExpect(content().string(not(containsString("/staff/"))));

		assertThat(jdbc.sql("""
				select count(*) from trail_entry where action = 'authority-access.used' and object_id = :id
				  and detail like '%html%'""").param("id", id).query(Long.class).single()).isEqualTo(2);

		mvc.perform(post("/api/v1/authority-access/{id}/revocation", id).with(DPO)).andExpect(status().isOk());
		mvc.perform(get(path + "/register").param("format", "html"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Access ended")));
		mvc.perform(get(path + "/breach-register").param("format", "html"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Access ended")));
		assertThat(trail("authority-access.refused", id)).isEqualTo(2);
	}

	@Test
	void theTokenOpensNothingElse() throws Exception {
		JsonNode issued = issue("Garante " + System.nanoTime(), DPO);
		String token = linkPath(issued).substring("/authority/".length());
		mvc.perform(get("/api/v1/register").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/authority-access").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/authority/{token}/trail", token)).andExpect(status().isNotFound());
		mvc.perform(get("/staff/register").param("token", token)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/authority/{token}/register", token)).andExpect(status().is4xxClientError());
	}

	@Test
	void anUnknownTokenIsNotFound() throws Exception {
		mvc.perform(get("/authority/{token}/register", "not-a-token"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		mvc.perform(get("/authority/{token}", "not-a-token")).andExpect(status().isNotFound());
	}

	@Test
	void aRevokedLinkIsGoneAndTheRefusalIsInTheTrail() throws Exception {
		JsonNode issued = issue("AEPD " + System.nanoTime(), DPO);
		String id = issued.get("id").asString();
		String path = linkPath(issued);
		mvc.perform(get(path + "/register")).andExpect(status().isOk());

		mvc.perform(post("/api/v1/authority-access/{id}/revocation", id).with(DPO))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revokedAt").isNotEmpty());
		assertThat(trail("authority-access.revoked", id)).isEqualTo(1);

		mvc.perform(get(path + "/register"))
			.andExpect(status().isGone())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		mvc.perform(get(path + "/breach-register")).andExpect(status().isGone());
		mvc.perform(get(path)).andExpect(status().isGone());
		assertThat(trail("authority-access.refused", id)).isEqualTo(3);
		assertThat(trail("authority-access.used", id)).isEqualTo(1);
		mvc.perform(post("/api/v1/authority-access/{id}/revocation", id).with(DPO)).andExpect(status().isConflict());
	}

	@Test
	void theListShowsTheAccessesWithoutTheirTokens() throws Exception {
		JsonNode issued = issue("BfDI " + System.nanoTime(), DPO);
		String body = mvc.perform(get("/api/v1/authority-access").with(DPO))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%s')].authority", issued.get("id").asString())
				.value(issued.get("authority").asString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain(linkPath(issued).substring("/authority/".length()));
	}

	@Test
	void onlyTheDpoMayIssueListOrRevoke() throws Exception {
		for (RequestPostProcessor other : new RequestPostProcessor[] { ADMIN, SECURITY, CUSTOMER }) {
			mvc.perform(post("/api/v1/authority-access").with(other)
				.contentType(MediaType.APPLICATION_JSON)
				.content(request("CNIL", clock.instant().plus(Duration.ofDays(1))))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/authority-access").with(other)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/authority-access").contentType(MediaType.APPLICATION_JSON)
			.content(request("CNIL", clock.instant().plus(Duration.ofDays(1))))).andExpect(status().is4xxClientError());
	}

	@Test
	void anExpiryBeyondTheMaximumValidityIsRefused() throws Exception {
		mvc.perform(post("/api/v1/authority-access").with(DPO)
			.contentType(MediaType.APPLICATION_JSON)
			.content(request("CNIL", clock.instant().plus(AuthorityAccess.MAX_VALIDITY).plus(Duration.ofHours(1)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
	}

	private JsonNode issue(String authority, RequestPostProcessor who) throws Exception {
		String body = mvc
			.perform(post("/api/v1/authority-access").with(who)
				.contentType(MediaType.APPLICATION_JSON)
				.content(request(authority, clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.link").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	private String request(String authority, Instant expiresAt) {
		return json.writeValueAsString(java.util.Map.of("authority", authority, "expiresAt", expiresAt.toString()));
	}

	static String linkPath(JsonNode issued) {
		String link = issued.get("link").asString();
		return link.substring(link.indexOf("/authority/"));
	}

	private long trail(String action, String id) {
		return jdbc.sql("select count(*) from trail_entry where action = :action and object_id = :id")
			.param("action", action)
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
