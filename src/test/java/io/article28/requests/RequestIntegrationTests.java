package io.article28.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.accounts.AccountManagement;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person files a request about a demo app through the public API, confirms it with the
 * mailed link, and the app's owner receives it and acknowledges it; bad input is refused
 * with a clear message, and a flood is slowed down.
 */
@IntegrationTest
class RequestIntegrationTests {

	private static final String DEMO = "article28-demo";

	private static final Pattern LINK = Pattern.compile("/rights/([0-9a-f-]{36})/confirm\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	RequestManagement requests;

	@Test
	void aConfirmedRequestReachesTheAppsOwnerWhoAcknowledgesIt() throws Exception {
		String person = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String acme = accounts.organizationNamed("Acme Health SAS").orElseThrow().id().toString();
		mvc.perform(file("https://acme-website.osc-fr1.example.io", "ACCESS", person, "What do you hold about me?"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("UNCONFIRMED"));
		String[] link = confirmationLink(person);
		UUID id = UUID.fromString(link[0]);
		assertThat(forwarded(id)).as("nothing is forwarded before the person confirms").isEmpty();
		mvc.perform(get("/api/v1/public/requests/{id}", id).param("token", link[1])).andExpect(status().isNotFound());

		String confirmed = mvc
			.perform(post("/api/v1/public/requests/{id}/confirmation", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"token\":\"" + link[1] + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.request.status").value("RECEIVED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String statusToken = json.readTree(confirmed).get("statusToken").asString();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
		mvc.perform(get("/api/v1/public/requests/{id}", id).param("token", statusToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.app").value("acme-website"))
			.andExpect(jsonPath("$.dueOn").value(today.plusMonths(1).toString()))
			.andExpect(jsonPath("$.requesterEmail").doesNotExist());
		mvc.perform(post("/api/v1/public/requests/{id}/confirmation", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\":\"" + link[1] + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("already used")));

		assertThat(forwarded(id)).contains("EMAIL:alice@acme-health.example", "EMAIL:dpo@acme-health.example",
				"IN_APP:null");
		assertThat(mailTo(person, "request-received")).contains("/rights/" + id + "?token=" + statusToken);

		mvc.perform(get("/api/v1/organizations/{org}/requests", acme).with(owner("alice@acme-health.example")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].requesterEmail").value(person));
		String bakery = accounts.organizationNamed("Boulangerie Numérique SARL").orElseThrow().id().toString();
		mvc.perform(post("/api/v1/organizations/{org}/requests/{id}/acknowledgement", bakery, id)
			.with(owner("hugo@boulangerie.example"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/organizations/{org}/requests/{id}/acknowledgement", acme, id)
			.with(owner("carla@acme-health.example"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organizations/{org}/requests/{id}/acknowledgement", acme, id)
			.with(owner("alice@acme-health.example")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
		assertThat(mailTo(person, "request-acknowledged")).isNotEmpty();
	}

	@Test
	void aRequestAboutTheProviderGoesToTheStaffDpos() throws Exception {
		String person = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		mvc.perform(file("", "ERASURE", person, "Erase my newsletter subscription")).andExpect(status().isAccepted());
		String[] link = confirmationLink(person);
		mvc.perform(post("/api/v1/public/requests/{id}/confirmation", link[0]).contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\":\"" + link[1] + "\"}")).andExpect(status().isOk());
		assertThat(jdbc
			.sql("select recipient from notification where kind = 'request-provider' and idempotency_key like :k")
			.param("k", "request-provider:" + link[0] + "%")
			.query(String.class)
			.list()).contains("dpo@nimbus.example");
		mvc.perform(get("/staff/requests").cookie(SignIn.as(mvc, "dpo@nimbus.example", DEMO)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(person)));
	}

	@Test
	void theFormFindsAnAppByItsNameAnyOfItsDomainsOrItsPlatformHostNameAsAPersonTypesIt() {
		for (String typed : List.of("acme-health.example", "ACME-Health.Example", "www.acme-health.example",
				"https://www.acme-health.example/contact", "http://acme-health.example.", "acme-sante.example",
				"Acme-Website", "https://acme-website.osc-fr1.example.io/privacy")) {
			String person = "typed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
			RightsRequest filed = requests
				.submit(new RequestManagement.NewRequest(typed, RequestRight.ACCESS, person, "About me"), source());
			assertThat(filed.appName()).as(typed).contains("acme-website");
		}
		for (String typed : List.of("acme-website.elsewhere.example", "health.example", "acme-health.example.org")) {
			assertThatThrownBy(() -> requests.submit(
					new RequestManagement.NewRequest(typed, RequestRight.ACCESS,
							"typed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "About me"),
					source()))
				.as(typed)
				.isInstanceOf(io.article28.core.RejectedException.class)
				.hasMessageContaining("I don't know which app");
		}
	}

	@Test
	void badInputIsRefusedWithTheFieldAtFault() throws Exception {
		mvc.perform(file("no-such-app", "ACCESS", "someone@example.org", "Hello"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("app"));
		mvc.perform(file("acme-website", "ACCESS", "not-an-address", "Hello"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		mvc.perform(file("acme-website", "ACCESS", "someone@yopmail.com", "Hello"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("disposable")));
		mvc.perform(file("acme-website", null, "someone@example.org", "Hello"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("right"));
		mvc.perform(file("acme-website", "ACCESS", "someone@example.org", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("details"));
	}

	@Test
	void aBotFillingTheTrapIsAnsweredLikeAnyoneAndNothingIsKept() throws Exception {
		String person = "bot-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		mvc.perform(
				post("/api/v1/public/requests").with(from(source()))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"app\":\"acme-website\",\"right\":\"ACCESS\",\"email\":\"" + person
							+ "\",\"details\":\"x\",\"website\":\"http://spam.example\"}"))
			.andExpect(status().isAccepted());
		assertThat(jdbc.sql("select count(*) from rights_request where requester_email = :e")
			.param("e", person)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSixthRequestOfAnAddressWithinTheHourIsSlowedDown() throws Exception {
		String person = "eager-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		for (int i = 0; i < RequestFlood.PER_EMAIL; i++) {
			mvc.perform(file("acme-website", "ACCESS", person, "Request " + i)).andExpect(status().isAccepted());
		}
		mvc.perform(file("acme-website", "ACCESS", person, "One more"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "3600"));
	}

	@Test
	void scriptInARequestIsShownAsTextToTheOwnerAndInTheMail() throws Exception {
		String person = "markup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String script = "<script>alert('x')</script><b>bold</b>";
		mvc.perform(file("acme-website", "RECTIFICATION", person, script)).andExpect(status().isAccepted());
		String[] link = confirmationLink(person);
		mvc.perform(post("/api/v1/public/requests/{id}/confirmation", link[0]).contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\":\"" + link[1] + "\"}")).andExpect(status().isOk());
		mvc.perform(get("/requests").cookie(SignIn.as(mvc, "alice@acme-health.example", DEMO)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(script))));
		String html = jdbc
			.sql("select body_html from notification where kind = 'request-forwarded' and idempotency_key like :k")
			.param("k", "request-forwarded:" + link[0] + "%")
			.query(String.class)
			.list()
			.get(0);
		assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder file(String app, String right,
			String email, String details) {
		String body = "{\"app\":" + quoted(app) + ",\"right\":" + quoted(right) + ",\"email\":" + quoted(email)
				+ ",\"details\":" + quoted(details) + "}";
		return post("/api/v1/public/requests").with(from(source()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private static String quoted(String value) {
		return value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"";
	}

	/**
	 * A network address of its own for each test, so that the shared context's counts do
	 * not add up.
	 */
	private static String source() {
		return "10.28." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static RequestPostProcessor owner(String email) {
		return httpBasic(email, DEMO);
	}

	private String[] confirmationLink(String person) {
		Matcher matcher = LINK.matcher(mailTo(person, "request-confirm"));
		assertThat(matcher.find()).isTrue();
		return new String[] { matcher.group(1), matcher.group(2) };
	}

	private String mailTo(String person, String kind) {
		List<String> bodies = jdbc.sql("select body_text from notification where recipient = :to and kind = :kind")
			.param("to", person)
			.param("kind", kind)
			.query(String.class)
			.list();
		return bodies.isEmpty() ? "" : bodies.get(bodies.size() - 1);
	}

	private List<String> forwarded(UUID id) {
		return jdbc.sql("select channel, recipient from notification where idempotency_key like :k")
			.param("k", "request-forwarded:" + id + "%")
			.query((rs, row) -> rs.getString("channel") + ":" + rs.getString("recipient"))
			.list();
	}

}
