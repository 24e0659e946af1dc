package io.article28.requests;

import static io.article28.requests.RequestTestSupport.confirmationToken;
import static io.article28.requests.RequestTestSupport.from;
import static io.article28.requests.RequestTestSupport.mail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.accounts.OrganizationId;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.StaffRole;

/**
 * Handling a received request: the owner extends it with a reason and answers it, the
 * person reads the answer and writes back; a request nobody acknowledges escalates on its
 * seventh day; reminders come before the due day; a late request shows as overdue.
 */
@IntegrationTest
class RequestHandlingIntegrationTests {

	private static final RequestPostProcessor ALICE = httpBasic("alice@acme-health.example", "article28-demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestManagement requests;

	@Autowired
	RequestJob job;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void theOwnerExtendsWithAReasonAndAnswersAndThePersonReadsItAndWritesBack() throws Exception {
		Received received = receive("acme-website");
		String base = "/api/v1/organizations/" + acme() + "/requests/" + received.id();
		mvc.perform(
				post(base + "/extension").with(ALICE).contentType(MediaType.APPLICATION_JSON).content("{\"months\":2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post(base + "/extension").with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"months\":3,\"reason\":\"Backups to search\"}")).andExpect(status().isBadRequest());
		LocalDate firstDue = received.request().deadline().orElseThrow().dueOn();
		mvc.perform(post(base + "/extension").with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"months\":2,\"reason\":\"Backups to search\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn")
				.value(received.request().deadline().orElseThrow().extendedBy(2).dueOn().toString()))
			.andExpect(jsonPath("$.mayExtend").value(false));
		assertThat(mail(jdbc, received.person(), "request-extended")).contains("Backups to search");
		assertThat(firstDue).isBefore(received.request().deadline().orElseThrow().extendedBy(2).dueOn());

		mvc.perform(post(base + "/answer").with(httpBasic("carla@acme-health.example", "article28-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"FULFILLED\",\"message\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post(base + "/answer").with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"FULFILLED\",\"message\":\"Attached: everything we hold about you.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"));
		assertThat(mail(jdbc, received.person(), "request-answered")).contains("fulfilled");

		mvc.perform(get("/api/v1/public/requests/{id}", received.id()).param("token", received.statusToken()))
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.outcome").value("FULFILLED"))
			.andExpect(jsonPath("$.answer").value("Attached: everything we hold about you."))
			.andExpect(jsonPath("$.extensionReason").value("Backups to search"));
		mvc.perform(post("/api/v1/public/requests/{id}/messages", received.id()).param("token", "wrong")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"Thanks\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/public/requests/{id}/messages", received.id()).param("token", received.statusToken())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"Thank you, received.\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.messages[0].author").value("REQUESTER"));
		assertThat(
				jdbc.sql("select count(*) from notification where kind = 'request-message' and organization_id = :org")
					.param("org", UUID.fromString(acme()))
					.query(Long.class)
					.single())
			.isPositive();
		mvc.perform(post(base + "/closing").with(ALICE)).andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void aRequestNobodyAcknowledgesEscalatesOnItsSeventhDayAndSupportFollowsItUp() throws Exception {
		Received received = receive("civic-open-data");
		Instant receivedAt = received.request().receivedAt().orElseThrow();
		job.keepClocks(receivedAt.plus(Duration.ofDays(7)).minusSeconds(60));
		assertThat(escalated(received.id())).isFalse();

		job.keepClocks(receivedAt.plus(Duration.ofDays(job.escalationDays())));
		assertThat(escalated(received.id())).isTrue();
		assertThat(mail(jdbc, received.person(), "request-forwarded-again")).contains("forwarded it again");
		assertThat(jdbc.sql("select recipient from notification where idempotency_key like :k")
			.param("k", "request-escalated:" + received.id() + "%")
			.query(String.class)
			.list()).contains("support@nimbus.example");
		assertThat(jdbc.sql("select count(*) from notification where idempotency_key like :k")
			.param("k", "request-forwarded-again:" + received.id() + ":EMAIL:%")
			.query(Long.class)
			.single()).as("the owner receives the request again, the person hears of it").isGreaterThan(1);

		RequestPostProcessor support = tenants.staff(StaffRole.SUPPORT);
		// the queue holds every escalated request of the shared test data: the page that
		// lists this one gives when it escalated
		boolean listed = false;
		for (int page = 0; page < 50 && !listed; page++) {
			String items = mvc
				.perform(get("/api/v1/requests").param("escalated", "true")
					.param("page", String.valueOf(page))
					.param("size", "200")
					.with(support))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			listed = !com.jayway.jsonpath.JsonPath
				.<List<Object>>read(items, "$.items[?(@.id == '" + received.id() + "')].escalatedAt")
				.isEmpty();
		}
		assertThat(listed).isTrue();
		mvc.perform(get("/api/v1/requests").param("escalated", "true").with(ALICE)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/requests/{id}/follow-up", received.id()).with(support)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"OWNER_UNREACHABLE\",\"note\":\"Three calls, no answer\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/public/requests/{id}", received.id()).param("token", received.statusToken()))
			.andExpect(jsonPath("$.messages[0].author").value("PROVIDER"))
			.andExpect(jsonPath("$.messages[0].body").value("Three calls, no answer"));
		// the queue holds every escalated request of the shared test data: the page that
		// lists this one shows the person
		var supportPages = SignIn.as(mvc, "support@nimbus.example", "article28-demo");
		boolean shown = false;
		for (int page = 0; page < 50 && !shown; page++) {
			shown = mvc
				.perform(get("/staff/requests").param("escalated", "true")
					.param("page", String.valueOf(page))
					.cookie(supportPages))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains(received.person());
		}
		assertThat(shown).isTrue();
	}

	@Test
	void theControllerIsRemindedSevenDaysAndOneDayBeforeTheDueDayEachOnce() {
		Received received = receive("acme-website");
		LocalDate due = received.request().deadline().orElseThrow().dueOn();
		requests.remindDue(due.minusDays(8));
		assertThat(reminders(received.id())).isEmpty();
		requests.remindDue(due.minusDays(7));
		requests.remindDue(due.minusDays(7));
		assertThat(reminders(received.id())).containsExactly(7);
		requests.remindDue(due.minusDays(1));
		assertThat(reminders(received.id())).containsExactly(1, 7);
	}

	@Test
	void aRequestPastItsDueDayIsOverdueForTheOwnerAndThePerson() throws Exception {
		Received received = receive("acme-website");
		LocalDate today = requests.today();
		jdbc.sql("update rights_request set received_at = :at, due_on = :due where id = :id")
			.param("at", java.time.OffsetDateTime.now().minusDays(40))
			.param("due", today.minusDays(9))
			.param("id", received.id())
			.update();
		mvc.perform(get("/api/v1/organizations/{org}/requests", acme()).param("overdue", "true").with(ALICE))
			.andExpect(jsonPath("$.items[?(@.id == '" + received.id() + "')].overdue").value(true));
		mvc.perform(get("/api/v1/public/requests/{id}", received.id()).param("token", received.statusToken()))
			.andExpect(jsonPath("$.overdue").value(true));
		mvc.perform(get("/requests").param("overdue", "true")
			.cookie(SignIn.as(mvc, "alice@acme-health.example", "article28-demo")))
			.andExpect(content().string(containsString("Overdue: the answer was due by " + today.minusDays(9))));
		mvc.perform(get("/dashboard").cookie(SignIn.as(mvc, "alice@acme-health.example", "article28-demo")))
			.andExpect(content().string(containsString("of them overdue")));
	}

	@Test
	void aFileAttachedToTheAnswerIsKeptWithTheRequestAndOnlyThePersonAndTheOwnerGetItThePersonFromItsPage()
			throws Exception {
		Received received = receive("acme-website");
		String base = "/api/v1/organizations/" + acme() + "/requests/" + received.id();
		byte[] data = "order,date\n42,2026-11-01\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		mvc.perform(multipart(base + "/attachments").file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
			.with(ALICE)).andExpect(status().isBadRequest());
		String added = mvc
			.perform(multipart(base + "/attachments")
				.file(new MockMultipartFile("file", "../../etc/your-orders.csv", "text/csv", data))
				.with(ALICE))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("your-orders.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String attachment = com.jayway.jsonpath.JsonPath.read(added, "$.id");

		mvc.perform(get("/api/v1/public/requests/{id}/attachments/{a}", received.id(), attachment).param("token",
				received.statusToken()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(data));
		mvc.perform(
				get("/api/v1/public/requests/{id}/attachments/{a}", received.id(), attachment).param("token", "guess"))
			.andExpect(status().isNotFound());
		String bakery = accounts.organizationNamed("Boulangerie Numérique SARL").orElseThrow().id().toString();
		mvc.perform(get("/api/v1/organizations/{org}/requests/{id}/attachments/{a}", bakery, received.id(), attachment)
			.with(httpBasic("hugo@boulangerie.example", "article28-demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/requests/{id}", received.id()).param("token", received.statusToken()))
			.andExpect(jsonPath("$.attachments[0].filename").value("your-orders.csv"));
		// and the person's private page lists it, with its download link
		mvc.perform(get("/rights/{id}", received.id()).param("token", received.statusToken()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("your-orders.csv")))
			.andExpect(content().string(containsString(
					"/api/v1/public/requests/" + received.id() + "/attachments/" + attachment + "?token=")));
	}

	@Test
	void theAnsweredMailLinksToTheRequestWherePersonGetsANewPrivateLinkAndTheEarlierStopsWorking() throws Exception {
		Received received = receive("acme-website");
		mvc.perform(post("/api/v1/organizations/" + acme() + "/requests/" + received.id() + "/answer").with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"FULFILLED\",\"message\":\"Everything we hold is attached.\"}"))
			.andExpect(status().isOk());
		String page = "/rights/" + received.id();
		assertThat(mail(jdbc, received.person(), "request-answered")).contains("http://localhost:8080" + page + "\n");

		// the mail's link carries no secret: the page offers a new private link, telling
		// nothing of the request
		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mail me a new private link")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(received.person()))));
		mvc.perform(post(page + "/link").with(csrf()).with(from("10.98.0.1")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "rights.link.sent"));
		var link = java.util.regex.Pattern.compile(page + "\\?token=([A-Za-z0-9_-]+)")
			.matcher(mail(jdbc, received.person(), "request-link"));
		assertThat(link.find()).isTrue();
		mvc.perform(get(page).param("token", link.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Everything we hold is attached.")));
		mvc.perform(get(page).param("token", received.statusToken())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from trail_entry where action = 'request.link-sent' and object_id = :id")
			.param("id", received.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		// three new links within the hour, not a fourth; the API answers the same way
		mvc.perform(post("/api/v1/public/requests/{id}/status-links", received.id()).with(from("10.98.0.2")))
			.andExpect(status().isAccepted());
		mvc.perform(post("/api/v1/public/requests/{id}/status-links", received.id()).with(from("10.98.0.3")))
			.andExpect(status().isAccepted());
		mvc.perform(post("/api/v1/public/requests/{id}/status-links", received.id()).with(from("10.98.0.4")))
			.andExpect(status().isTooManyRequests());
		mvc.perform(post(page + "/link").with(csrf()).with(from("10.98.0.5")))
			.andExpect(flash().attributeExists("formError"));
	}

	@Test
	void aNewPrivateLinkForARequestThatDoesNotExistAnswersTheSameAndMailsNobody() throws Exception {
		UUID nobody = UUID.randomUUID();
		mvc.perform(post("/rights/{id}/link", nobody).with(csrf()).with(from("10.98.1.1")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "rights.link.sent"));
		mvc.perform(post("/api/v1/public/requests/{id}/status-links", nobody).with(from("10.98.1.2")))
			.andExpect(status().isAccepted());
		assertThat(jdbc.sql("select count(*) from notification where idempotency_key like :k")
			.param("k", "request-link:" + nobody + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theOwnerAsksForMoreInformationAndTheClockKeepsRunning() throws Exception {
		Received received = receive("acme-website");
		String base = "/api/v1/organizations/" + acme() + "/requests/" + received.id();
		mvc.perform(post(base + "/messages").with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"message\":\"Which order numbers?\",\"asksForInformation\":true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].author").value("CONTROLLER"));
		assertThat(mail(jdbc, received.person(), "request-reply")).contains("asks you for more information",
				"Which order numbers?");
		mvc.perform(get("/api/v1/public/requests/{id}", received.id()).param("token", received.statusToken()))
			.andExpect(jsonPath("$.informationRequestedAt").isNotEmpty())
			.andExpect(jsonPath("$.dueOn").value(received.request().deadline().orElseThrow().dueOn().toString()));
	}

	@Test
	void theProvidersDpoHandlesARequestAboutTheProviderNotACustomer() throws Exception {
		Received received = receive("");
		RequestPostProcessor dpo = httpBasic("dpo@nimbus.example", "article28-demo");
		mvc.perform(post("/api/v1/requests/{id}/acknowledgement", received.id()).with(tenants.staff(StaffRole.SUPPORT)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/requests/{id}/acknowledgement", received.id()).with(dpo))
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
		mvc.perform(post("/api/v1/requests/{id}/answer", received.id()).with(dpo)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"PARTIALLY_FULFILLED\",\"message\":\"Your account is erased; invoices stay.\"}"))
			.andExpect(jsonPath("$.status").value("ANSWERED"));
		Received aboutApp = receive("acme-website");
		mvc.perform(post("/api/v1/requests/{id}/acknowledgement", aboutApp.id()).with(dpo))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRequestAboutTheProviderEscalatesToItsDposAndSupportInStaffWordsAndThePersonIsNotToldItWasForwardedAgain()
			throws Exception {
		Received received = receive("");
		Instant receivedAt = received.request().receivedAt().orElseThrow();
		job.keepClocks(receivedAt.plus(Duration.ofDays(job.escalationDays())).minusSeconds(60));
		assertThat(escalated(received.id())).isFalse();
		job.keepClocks(receivedAt.plus(Duration.ofDays(job.escalationDays())));
		assertThat(escalated(received.id())).isTrue();

		assertThat(mail(jdbc, received.person(), "request-forwarded-again")).isEmpty();
		assertThat(jdbc
			.sql("select count(*) from notification where recipient = :to and kind <> 'request-confirm'"
					+ " and kind <> 'request-received'")
			.param("to", received.person())
			.query(Long.class)
			.single()).as("the person hears nothing of the escalation").isZero();
		assertThat(jdbc.sql("select recipient from notification where idempotency_key like :k and channel = 'EMAIL'")
			.param("k", "request-escalated:" + received.id() + "%")
			.query(String.class)
			.list()).contains("dpo@nimbus.example", "support@nimbus.example");
		String staffMail = jdbc.sql(
				"select body_text from notification where idempotency_key like :k and kind = 'request-escalated-provider'")
			.param("k", "request-escalated:" + received.id() + ":dpo%")
			.query(String.class)
			.list()
			.get(0);
		assertThat(staffMail)
			.contains("about the provider itself", "The provider is the controller",
					"extends it once by up to two months", "/staff/requests")
			.doesNotContain("owner", "forwarded again");
		assertThat(jdbc.sql("select count(*) from notification where idempotency_key like :k")
			.param("k", "request-escalated:" + received.id() + "%")
			.query(Long.class)
			.single())
			.as("no request-escalated mail asks support to contact an owner")
			.isEqualTo(jdbc
				.sql("select count(*) from notification where idempotency_key like :k"
						+ " and kind = 'request-escalated-provider'")
				.param("k", "request-escalated:" + received.id() + "%")
				.query(Long.class)
				.single());

		// it stays in the DPOs' queue, marked; support has no owner to follow up
		RequestPostProcessor support = tenants.staff(StaffRole.SUPPORT);
		mvc.perform(get("/api/v1/requests").param("escalated", "true").with(support))
			.andExpect(jsonPath("$.items[?(@.id == '" + received.id() + "')]").isEmpty());
		mvc.perform(get("/api/v1/requests").with(support))
			.andExpect(jsonPath("$.items[?(@.id == '" + received.id() + "')].aboutProvider").value(true))
			.andExpect(jsonPath("$.items[?(@.id == '" + received.id() + "')].escalatedAt").isNotEmpty());
		mvc.perform(post("/api/v1/requests/{id}/follow-up", received.id()).with(support)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\":\"CONTACT_AGAIN\",\"note\":\"Who is the owner?\"}")).andExpect(status().isConflict());
		mvc.perform(get("/staff/requests").cookie(SignIn.as(mvc, "dpo@nimbus.example", "article28-demo")))
			.andExpect(content().string(containsString(received.person())))
			.andExpect(content().string(containsString("Not acknowledged within the days set")));
	}

	@Test
	void theProvidersDpoExtendsARequestAboutTheProviderOnceWithAReasonTheProviderBeingItsController() throws Exception {
		Received received = receive("");
		RequestPostProcessor dpo = httpBasic("dpo@nimbus.example", "article28-demo");
		String extension = "/api/v1/requests/" + received.id() + "/extension";
		mvc.perform(post(extension).with(tenants.staff(StaffRole.SUPPORT))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"months\":1,\"reason\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post(extension).with(dpo).contentType(MediaType.APPLICATION_JSON).content("{\"months\":2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post(extension).with(dpo)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"months\":3,\"reason\":\"Archives to search\"}")).andExpect(status().isBadRequest());
		mvc.perform(post(extension).with(dpo)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"months\":2,\"reason\":\"Archives to search\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn")
				.value(received.request().deadline().orElseThrow().extendedBy(2).dueOn().toString()))
			.andExpect(jsonPath("$.mayExtend").value(false));
		assertThat(mail(jdbc, received.person(), "request-extended")).contains("The provider needs more time",
				"Archives to search");
		mvc.perform(post(extension).with(dpo)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"months\":1,\"reason\":\"Again\"}")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from trail_entry where action = 'request.extended' and object_id = :id")
			.param("id", received.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		// and on the staff page, for another request
		Received other = receive("");
		var session = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/requests").cookie(session))
			.andExpect(content().string(containsString("/staff/requests/" + other.id() + "/extension")));
		mvc.perform(post("/staff/requests/{id}/extension", other.id()).cookie(session)
			.with(csrf())
			.param("months", "1")
			.param("reason", "A backup to restore")).andExpect(flash().attribute("notice", "requests.extended"));
		mvc.perform(get("/api/v1/public/requests/{id}", other.id()).param("token", other.statusToken()))
			.andExpect(jsonPath("$.extensionReason").value("A backup to restore"))
			.andExpect(jsonPath("$.dueOn")
				.value(other.request().deadline().orElseThrow().extendedBy(1).dueOn().toString()));
	}

	@Test
	void aRequestNeverConfirmedIsErasedAWeekAfterItsLinkExpired() {
		String person = "unconfirmed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		RightsRequest filed = requests.submit(
				new RequestManagement.NewRequest("acme-website", RequestRight.ACCESS, person, "Never confirmed"),
				"10.98.1.1");
		Instant expired = filed.confirmationExpiresAt();
		requests.forgetUnconfirmed(expired.plus(Duration.ofDays(7)).minusSeconds(1));
		assertThat(count(filed.id())).isEqualTo(1);
		requests.forgetUnconfirmed(expired.plus(Duration.ofDays(7)).plusSeconds(1));
		assertThat(count(filed.id())).isZero();
	}

	@Test
	void aFileAvailableForATimeIsServedUntilItsLastInstantThenGoneAndDeletedByTheJob() {
		Received received = receive("acme-website");
		OrganizationId acme = new OrganizationId(UUID.fromString(acme()));
		RequestAttachment lasting = requests.attach(acme, received.id(), "letter.txt", "text/plain",
				"A letter".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		RequestAttachment available = requests.attach(acme, received.id(), "data.zip", "application/zip",
				new byte[] { 1, 2, 3 }, Duration.ofHours(1));
		RequestAttachment over = requests.attach(acme, received.id(), "old.zip", "application/zip",
				new byte[] { 4, 5, 6 }, Duration.ZERO);
		Instant now = over.addedAt();

		assertThat(requests.attachmentForRequester(received.id(), received.statusToken(), available.id()).bytes())
			.containsExactly(1, 2, 3);
		assertThatThrownBy(() -> requests.attachmentForRequester(received.id(), received.statusToken(), over.id()))
			.isInstanceOf(io.article28.core.GoneException.class);

		assertThat(available.expiresAt()).isEqualTo(available.addedAt().plus(Duration.ofHours(1)));
		assertThat(requests.expireAttachments(now.minusSeconds(1))).isZero();
		assertThat(requests.expireAttachments(available.expiresAt().minusSeconds(1))).isEqualTo(1);
		assertThat(requests.expireAttachments(available.expiresAt())).isEqualTo(1);
		assertThat(requests.attachments(received.id())).extracting(RequestAttachment::id).containsExactly(lasting.id());
		assertThat(jdbc.sql("""
				select count(*) from trail_entry where action = 'request.attachment-expired' and object_id = :id""")
			.param("id", received.id().toString())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	private long count(UUID id) {
		return jdbc.sql("select count(*) from rights_request where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private record Received(UUID id, String person, String statusToken, RightsRequest request) {
	}

	/** A request about the app, filed and confirmed. */
	private Received receive(String app) {
		String person = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		RightsRequest filed = requests.submit(
				new RequestManagement.NewRequest(app, RequestRight.ACCESS, person, "What do you hold about me?"),
				"10.99." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
		String token = confirmationToken(jdbc, person);
		RequestManagement.Confirmed confirmed = requests.confirm(filed.id(), token);
		return new Received(filed.id(), person, confirmed.statusToken(), confirmed.request());
	}

	private boolean escalated(UUID id) {
		return jdbc.sql("select count(*) from rights_request where id = :id and escalated_at is not null")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

	private List<Integer> reminders(UUID id) {
		return jdbc.sql("select days_before from request_reminder where request_id = :id order by days_before")
			.param("id", id)
			.query(Integer.class)
			.list();
	}

	private String acme() {
		return accounts.organizationNamed("Acme Health SAS").orElseThrow().id().toString();
	}

}
