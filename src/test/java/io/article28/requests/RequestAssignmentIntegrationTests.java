package io.article28.requests;

import static io.article28.requests.RequestTestSupport.confirmationToken;
import static io.article28.requests.RequestTestSupport.from;
import static io.article28.requests.RequestTestSupport.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.accounts.AccountManagement;

/**
 * "I don't know which app": the request reaches the provider's support with its clock,
 * stays out of the owners' and the DPOs' hands, and support assigns it to the app it
 * finds, which forwards it to the app's owner with the same due day.
 */
@IntegrationTest
class RequestAssignmentIntegrationTests {

	private static final String DEMO = "article28-demo";

	private static final RequestPostProcessor SUPPORT = httpBasic("support@nimbus.example", DEMO);

	private static final RequestPostProcessor DPO = httpBasic("dpo@nimbus.example", DEMO);

	private static final RequestPostProcessor ALICE = httpBasic("alice@acme-health.example", DEMO);

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestJob job;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void supportReceivesARequestWhoseAppThePersonCannotNameAndAssignsItToTheAppsOwnerWithTheSameDueDay()
			throws Exception {
		String person = "unknown-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		String filed = mvc
			.perform(post("/api/v1/public/requests").with(from("10.61.0.1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"about\":\"UNKNOWN_APP\",\"app\":\"the health site where I booked\",\"right\":\"ACCESS\","
						+ "\"email\":\"" + person + "\",\"details\":\"What do you hold about me?\"}"))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(filed, "$.id"));
		assertThat(mail(jdbc, person, "request-confirm")).contains("an app you could not name");
		RequestManagement.Confirmed confirmed = requests.confirm(id, confirmationToken(jdbc, person));
		String due = confirmed.request().deadline().orElseThrow().dueOn().toString();

		assertThat(recipients("request-unassigned:" + id)).contains("support@nimbus.example")
			.doesNotContain("dpo@nimbus.example", "alice@acme-health.example");
		assertThat(mail(jdbc, person, "request-received")).contains("the support of the provider");
		mvc.perform(get("/api/v1/public/requests/{id}", id).param("token", confirmed.statusToken()))
			.andExpect(jsonPath("$.awaitsApp").value(true))
			.andExpect(jsonPath("$.aboutProvider").value(false))
			.andExpect(jsonPath("$.dueOn").value(due));

		// in support's queue with its clock; not a request about the provider for the
		// DPOs
		mvc.perform(get("/api/v1/requests").param("unassigned", "true").with(SUPPORT))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].dueOn").value(due))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].appHint").value("the health site where I booked"));
		mvc.perform(get("/api/v1/requests").with(DPO))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty());
		mvc.perform(post("/api/v1/requests/{id}/acknowledgement", id).with(DPO)).andExpect(status().isNotFound());
		mvc.perform(get("/staff/requests").param("unassigned", "true")
			.cookie(SignIn.as(mvc, "support@nimbus.example", DEMO)))
			.andExpect(content().string(containsString(person)))
			.andExpect(content().string(containsString("the health site where I booked")));

		// only support or an administrator assigns, and only to an app hosted here
		String assignment = "/api/v1/requests/" + id + "/assignment";
		mvc.perform(post(assignment).with(DPO).contentType(MediaType.APPLICATION_JSON).content("{\"app\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(assignment).with(ALICE).contentType(MediaType.APPLICATION_JSON).content("{\"app\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(assignment).with(SUPPORT)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"app\":\"nothing-here.example\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("app"));
		mvc.perform(post(assignment).with(SUPPORT)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"app\":\"https://www.acme-health.example/booking\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.app").value("acme-website"))
			.andExpect(jsonPath("$.awaitsApp").value(false))
			.andExpect(jsonPath("$.dueOn").value(due));
		mvc.perform(post(assignment).with(SUPPORT)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"app\":\"boulangerie-shop\"}")).andExpect(status().isConflict());

		// now the owner's, like any request: forwarded, in its inbox, acknowledged by it
		assertThat(recipients("request-forwarded:" + id)).contains("dpo@acme-health.example");
		assertThat(mail(jdbc, person, "request-assigned")).contains("acme-website", due);
		String acme = accounts.organizationNamed("Acme Health SAS").orElseThrow().id().toString();
		mvc.perform(get("/api/v1/organizations/{org}/requests/{id}", acme, id).with(ALICE))
			.andExpect(jsonPath("$.dueOn").value(due));
		mvc.perform(post("/api/v1/organizations/{org}/requests/{id}/acknowledgement", acme, id).with(ALICE))
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
		assertThat(jdbc.sql("select count(*) from trail_entry where action = 'request.assigned' and object_id = :id")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void supportIsRemindedOfARequestWhoseAppItHasNotFoundAndThePersonIsToldNothingWasForwardedAgain() {
		Received received = receiveAboutUnknownApp();
		Instant receivedAt = received.request().receivedAt().orElseThrow();
		job.keepClocks(receivedAt.plus(Duration.ofDays(job.escalationDays())));
		assertThat(recipients("request-escalated:" + received.id())).contains("support@nimbus.example");
		assertThat(kinds("request-escalated:" + received.id())).containsOnly("request-escalated-provider");
		assertThat(mail(jdbc, received.person(), "request-forwarded-again")).isEmpty();
	}

	@Test
	void anAssignedRequestEscalatesOnlyWhenItsOwnerLeftItUnacknowledgedForTheDaysSetAfterTheAssignment() {
		Received received = receiveAboutUnknownApp();
		// support took ten days to find the app: the owner still gets its own days
		jdbc.sql("update rights_request set received_at = :at where id = :id")
			.param("at",
					io.article28.core.Timestamps
						.of(received.request().receivedAt().orElseThrow().minus(Duration.ofDays(10))))
			.param("id", received.id())
			.update();
		RightsRequest assigned = requests.assign(received.id(), "acme-health.example",
				new io.article28.accounts.UserId(UUID.randomUUID()));
		Instant assignedAt = assigned.assignedAt().orElseThrow();
		job.keepClocks(assignedAt.plus(Duration.ofDays(job.escalationDays())).minusSeconds(60));
		assertThat(escalated(received.id())).isFalse();
		job.keepClocks(assignedAt.plus(Duration.ofDays(job.escalationDays())));
		assertThat(escalated(received.id())).isTrue();
		assertThat(mail(jdbc, received.person(), "request-forwarded-again")).contains("acme-website");
	}

	@Test
	void thePublicFormOffersIDontKnowWhichAppAndSendsItToSupport() throws Exception {
		String person = "form-unknown-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		mvc.perform(get("/rights"))
			.andExpect(content().string(containsString("value=\"UNKNOWN_APP\"")))
			.andExpect(content().string(containsString("I don&#39;t know which app")));
		mvc.perform(post("/rights").with(csrf())
			.with(from("10.61.0.9"))
			.param("about", "UNKNOWN_APP")
			.param("app", "")
			.param("right", "ERASURE")
			.param("email", person)
			.param("details", "Erase my account"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(0));
		assertThat(jdbc.sql("select app_unknown from rights_request where requester_email = :e")
			.param("e", person)
			.query(Boolean.class)
			.single()).isTrue();
		// naming no app while saying it is about an app is refused, with the way out
		// named
		mvc.perform(post("/rights").with(csrf())
			.with(from("10.61.0.10"))
			.param("about", "APP")
			.param("app", " ")
			.param("right", "ERASURE")
			.param("email", person)
			.param("details", "Erase my account"))
			.andExpect(flash().attribute("formError",
					org.hamcrest.Matchers.hasToString(containsString("I don't know which app"))));
	}

	private record Received(UUID id, String person, RightsRequest request) {
	}

	private Received receiveAboutUnknownApp() {
		String person = "unknown-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		RightsRequest filed = requests.submit(new RequestManagement.NewRequest(RequestAbout.UNKNOWN_APP, null,
				RequestRight.ACCESS, person, "What do you hold about me?"), "10.62.0." + (int) (Math.random() * 250));
		return new Received(filed.id(), person,
				requests.confirm(filed.id(), confirmationToken(jdbc, person)).request());
	}

	private boolean escalated(UUID id) {
		return jdbc.sql("select count(*) from rights_request where id = :id and escalated_at is not null")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

	private List<String> recipients(String keyPrefix) {
		return jdbc.sql("select recipient from notification where idempotency_key like :k")
			.param("k", keyPrefix + "%")
			.query(String.class)
			.list();
	}

	private List<String> kinds(String keyPrefix) {
		return jdbc.sql("select kind from notification where idempotency_key like :k")
			.param("k", keyPrefix + "%")
			.query(String.class)
			.list();
	}

}
