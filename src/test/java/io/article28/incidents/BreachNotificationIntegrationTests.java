package io.article28.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A breach is told to exactly the customers whose apps it touches, at once and in the
 * trail; each sees its own 72-hour clock and a draft to its authority naming its DPO and
 * its apps, keeps versions of it and exports it; follow-up information reaches them in
 * phases.
 */
@IntegrationTest
class BreachNotificationIntegrationTests {

	private static final RequestPostProcessor SECURITY = httpBasic("security@nimbus.example", "article28-demo");

	private static final RequestPostProcessor ALICE = httpBasic("alice@acme-health.example", "article28-demo");

	private static final RequestPostProcessor CARLA = httpBasic("carla@acme-health.example", "article28-demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	PlatformManagement platform;

	@Autowired
	Clock clock;

	@Autowired
	BreachDeadlineJob deadlines;

	@Autowired
	BreachNotifier notifier;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@Test
	void aBreachInOscFr1TellsExactlyTheOwnersOfAppsThereAndNobodyOnlyInSecNumCloud() throws Exception {
		Tenants.Tenant secNumOnly = tenants.create();
		platform.registerApp(secNumOnly.organization().id(), "sn-" + UUID.randomUUID().toString().substring(0, 8),
				"osc-secnum-fr1", null);
		String id = breach("[\"osc-fr1\"]");

		String notification = json
			.readTree(mvc.perform(post("/api/v1/incidents/{id}/notifications", id).with(SECURITY))
				.andExpect(status().isAccepted())
				.andExpect(header().string("Location", "/api/v1/incidents/" + id + "/notifications"))
				.andExpect(jsonPath("$.kind").value("NOTICE"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		awaitDone(id);

		List<String> owners = jdbc
			.sql("select distinct cast(organization_id as varchar(36)) from hosted_app where region_code = 'osc-fr1'")
			.query(String.class)
			.list();
		List<String> told = jdbc
			.sql("select cast(organization_id as varchar(36)) from breach_notice where incident_id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list();
		assertThat(told).containsExactlyInAnyOrderElementsOf(owners)
			.contains(organizationId("Acme Health SAS"), organizationId("Boulangerie Numérique SARL"),
					organizationId("Civic Data Lab"))
			.doesNotContain(secNumOnly.id());
		mvc.perform(get("/api/v1/incidents/{id}/notifications", id).with(SECURITY))
			.andExpect(jsonPath("$[0].organizations").value(owners.size()))
			.andExpect(jsonPath("$[0].told").value(owners.size()));

		mvc.perform(get("/api/v1/organizations/{org}/breaches", secNumOnly.id()).with(secNumOnly.owner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0));
		assertThat(count("select count(*) from notification where organization_id = :id and kind = 'breach-notice'",
				secNumOnly.id()))
			.isZero();

		String acme = organizationId("Acme Health SAS");
		JsonNode detail = read(get("/api/v1/organizations/{org}/breaches/{id}", acme, id).with(ALICE));
		Instant notifiedAt = Instant.parse(detail.at("/clock/notifiedAt").asString());
		assertThat(Instant.parse(detail.at("/clock/deadline").asString()))
			.isEqualTo(notifiedAt.plus(Duration.ofHours(72)));
		assertThat(detail.at("/clock/late").asBoolean()).isFalse();
		assertThat(detail.at("/apps").findValuesAsString("name")).containsExactly("acme-website");
		assertThat(detail.at("/draft/contact").asString()).contains("Léa Moreau").contains("dpo@acme-health.example");
		assertThat(detail.at("/draft/nature").asString()).contains("acme-website")
			.doesNotContain("acme-patient-portal")
			.contains("health data");
		assertThat(detail.at("/draft/consequences").asString()).isEqualTo("Possible phishing");
		assertThat(json.convertValue(detail.at("/draft/missing"), List.class)).containsExactly("authority");

		JsonNode delivery = read(get("/api/v1/incidents/{id}/notifications", id).with(SECURITY)).get(0).get("delivery");
		assertThat(
				delivery.get("queued").asLong() + delivery.get("delivered").asLong() + delivery.get("failed").asLong())
			.isEqualTo(keyed("breach-notification:" + notification + ":%"))
			.isGreaterThanOrEqualTo(owners.size());
		String acmeKey = "breach-notification:" + notification + ":" + acme + ":";
		assertThat(keyed(acmeKey + "EMAIL:%")).isEqualTo(
				count("select count(*) from app_user where organization_id = :id and organization_role = 'OWNER'", acme)
						+ 1);
		assertThat(keyed(acmeKey + "IN_APP:%")).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from trail_entry
				where action = 'breach.notified' and organization_id = :org and object_id = :id""")
			.param("org", UUID.fromString(acme))
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);

		String notABreach = declare("Phishing attempt " + UUID.randomUUID());
		mvc.perform(post("/api/v1/incidents/{id}/breach", notABreach).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"breach\":false,\"reason\":\"No personal data was reached\"}")).andExpect(status().isOk());
		JsonNode register = read(get("/api/v1/breach-register?size=100").with(SECURITY));
		assertThat(register.at("/items").findValuesAsString("id")).contains(id, notABreach);
		register.at("/items").forEach(entry -> {
			if (entry.get("id").asString().equals(id)) {
				assertThat(entry.get("customersTold").asLong()).isEqualTo(owners.size());
				assertThat(Instant.parse(entry.get("firstToldAt").asString())).isEqualTo(notifiedAt);
			}
			if (entry.get("id").asString().equals(notABreach)) {
				assertThat(entry.at("/assessment/breach").asBoolean()).isFalse();
				assertThat(entry.get("customersTold").asLong()).isZero();
			}
		});
	}

	@Test
	void aBreachNamingACustomersDataStoreTellsItsOwnerTheCategoriesFoundAndThePeopleOfItsSubjectTables()
			throws Exception {
		Tenants.Tenant tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		String id = declare("Leaked database dump " + UUID.randomUUID());
		Instant now = clock.instant();
		String scope = "{\"breach\":true,\"regions\":[],\"apps\":[],\"dataStoreIds\":[\"%s\"],\"windowFrom\":\""
				+ now.minus(Duration.ofDays(1)) + "\",\"dataCategories\":[\"customer records\"],"
				+ "\"consequences\":\"Identity theft\",\"measures\":\"Credentials rotated\"}";
		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(scope.formatted(UUID.randomUUID())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dataStoreIds"));
		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(scope.formatted(store.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assessment.scope.dataStoreIds[0]").value(store.id().toString()));
		mvc.perform(post("/api/v1/incidents/{id}/notifications", id).with(SECURITY)).andExpect(status().isAccepted());
		awaitDone(id);

		assertThat(jdbc.sql("select cast(organization_id as varchar(36)) from breach_notice where incident_id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.list()).containsExactly(tenant.id());
		JsonNode detail = read(get("/api/v1/organizations/{org}/breaches/{id}", tenant.id(), id).with(tenant.owner()));
		assertThat(detail.at("/dataStores/0/label").asString()).isEqualTo("Shop");
		assertThat(json.convertValue(detail.at("/dataStores/0/categories"), List.class)).contains("e-mail address",
				"phone number", "date of birth");
		assertThat(detail.at("/dataStores/0/approximatePeople").asLong()).isEqualTo(6);
		assertThat(detail.at("/draft/approximatePeople").asLong()).isEqualTo(6);
		assertThat(detail.at("/draft/nature").asString())
			.contains("Our data store Shop: categories found: e-mail address")
			.contains("about 6 people by the row estimates of public.customers");
		assertThat(detail.at("/scope").has("dataStoreIds")).as("another customer's stores stay unnamed").isFalse();
	}

	@Test
	void anEarlierAwarenessMovesTheDeadlineButNeverAfterTheNotice() throws Exception {
		String id = notifiedBreach();
		String acme = organizationId("Acme Health SAS");
		JsonNode detail = read(get("/api/v1/organizations/{org}/breaches/{id}", acme, id).with(ALICE));
		Instant notifiedAt = Instant.parse(detail.at("/clock/notifiedAt").asString());

		mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/awareness", acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"awareAt\":\"" + notifiedAt.plusSeconds(1) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("awareAt"));
		Instant earlier = notifiedAt.minus(Duration.ofHours(5));
		mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/awareness", acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"awareAt\":\"" + earlier + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clock.awareRecorded").value(true))
			.andExpect(jsonPath("$.clock.deadline").value(earlier.plus(Duration.ofHours(72)).toString()));
		mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/awareness", acme, id).with(CARLA)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"awareAt\":\"" + notifiedAt + "\"}")).andExpect(status().isForbidden());
	}

	@Test
	void eachSavedDraftIsANewVersionAndTheNotificationExportsAsJsonOrPdf() throws Exception {
		String id = notifiedBreach();
		String acme = organizationId("Acme Health SAS");
		for (String consequences : List.of("Phishing of patients", "Phishing of patients and staff")) {
			mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/authority-notification", acme, id).with(ALICE)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("authority", "FR", "nature", "Exposed storage bucket",
						"approximatePeople", 300, "contact", "Léa Moreau, dpo@acme-health.example", "consequences",
						consequences, "measures", "Access revoked"))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.authority.name")
					.value("Commission nationale de l'informatique et des libertés (CNIL)"))
				.andExpect(jsonPath("$.missing.length()").value(0));
		}
		JsonNode versions = read(
				get("/api/v1/organizations/{org}/breaches/{id}/authority-notification/versions", acme, id).with(CARLA));
		assertThat(versions.findValuesAsString("consequences")).containsExactly("Phishing of patients and staff",
				"Phishing of patients");
		assertThat(versions.findValues("version").stream().map(JsonNode::asInt)).containsExactly(2, 1);

		mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/authority-notification", acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"authority\":\"US\",\"nature\":\"x\",\"contact\":\"x\",\"consequences\":\"x\",\"measures\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("authority"));
		mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/authority-notification", acme, id).with(CARLA)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nature\":\"x\",\"contact\":\"x\",\"consequences\":\"x\",\"measures\":\"x\"}"))
			.andExpect(status().isForbidden());

		mvc.perform(get("/api/v1/organizations/{org}/breaches/{id}/authority-notification?format=json", acme, id)
			.with(CARLA))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andExpect(jsonPath("$.controller").value("Acme Health SAS"))
			.andExpect(jsonPath("$.draft.version").value(2))
			.andExpect(jsonPath("$.draft.approximatePeople").value(300));
		byte[] pdf = mvc
			.perform(get("/api/v1/organizations/{org}/breaches/{id}/authority-notification?format=pdf", acme, id)
				.with(ALICE))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "authority-notification.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Notification of a personal data breach")
				.contains("Acme Health SAS")
				.contains("Léa Moreau, dpo@acme-health.example")
				.contains("Phishing of patients and staff")
				.contains("acme-website (osc-fr1)")
				.contains("CNIL");
		}
		mvc.perform(get("/api/v1/organizations/{org}/breaches/{id}/authority-notification?format=xml", acme, id)
			.with(ALICE)).andExpect(status().isBadRequest());
	}

	@Test
	void anotherTenantFindsNoBreachAndStaffOutsideSecurityCannotNotify() throws Exception {
		String id = notifiedBreach();
		String acme = organizationId("Acme Health SAS");
		Tenants.Tenant other = tenants.create();
		mvc.perform(get("/api/v1/organizations/{org}/breaches/{id}", other.id(), id).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/breaches/{id}", acme, id).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/incidents/{id}/notifications", id)
			.with(httpBasic("dpo@nimbus.example", "article28-demo"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/incidents/{id}/notifications", id).with(ALICE)).andExpect(status().isForbidden());
	}

	@Test
	void followUpsArePhasesToldToEveryCustomerToldAndShownInTheExport() throws Exception {
		String id = notifiedBreach();
		String acme = organizationId("Acme Health SAS");
		for (String text : List.of("The bucket held invoices only", "Logs show two downloads")) {
			mvc.perform(post("/api/v1/incidents/{id}/follow-ups", id).with(SECURITY)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("text", text))))
				.andExpect(status().isAccepted())
				.andExpect(jsonPath("$.kind").value("FOLLOW_UP"));
			awaitDone(id);
		}
		long told = count("select count(*) from breach_notice where incident_id = :id", id);
		JsonNode notifications = read(get("/api/v1/incidents/{id}/notifications", id).with(SECURITY));
		assertThat(notifications.findValues("phase").stream().map(JsonNode::asInt)).containsExactly(3, 2, 1);
		assertThat(notifications.findValues("told").stream().map(JsonNode::asLong)).containsOnly(told);

		JsonNode export = read(
				get("/api/v1/organizations/{org}/breaches/{id}/authority-notification", acme, id).with(ALICE));
		assertThat(export.at("/followUps").findValuesAsString("text")).containsExactly("The bucket held invoices only",
				"Logs show two downloads");
		assertThat(count("""
				select count(*) from notification
				where organization_id = :id and kind = 'breach-follow-up' and channel = 'IN_APP'""", acme))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void onlyABreachIsToldAndOnceToldItStaysOne() throws Exception {
		String incident = declare("Laptop lost " + UUID.randomUUID());
		mvc.perform(post("/api/v1/incidents/{id}/notifications", incident).with(SECURITY))
			.andExpect(status().isConflict());
		String id = notifiedBreach();
		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"breach\":false,\"reason\":\"Changed our mind\"}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/incidents/{id}/follow-ups", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\" \"}")).andExpect(status().isBadRequest());
	}

	@Test
	void aSecondNoticeTellsOnlyTheCustomersNotToldYet() throws Exception {
		Tenants.Tenant late = tenants.create();
		String id = notifiedBreach();
		long before = count("select count(*) from breach_notice where incident_id = :id", id);
		platform.registerApp(late.organization().id(), "late-" + UUID.randomUUID().toString().substring(0, 8),
				"osc-fr1", null);
		mvc.perform(post("/api/v1/incidents/{id}/notifications", id).with(SECURITY)).andExpect(status().isAccepted());
		awaitDone(id);
		assertThat(count("select count(*) from breach_notice where incident_id = :id", id)).isEqualTo(before + 1);
		mvc.perform(get("/api/v1/incidents/{id}/notifications", id).with(SECURITY))
			.andExpect(jsonPath("$[0].organizations").value(1));
		mvc.perform(get("/api/v1/organizations/{org}/breaches", late.id()).with(late.owner()))
			.andExpect(jsonPath("$.totalItems").value(1));
	}

	@Test
	void aNoticeCutShortIsResumedForTheOthersAndCountsEveryOrganizationOnce() throws Exception {
		String id = notifiedBreach();
		long told = count("select count(*) from breach_notice where incident_id = :id", id);
		UUID notification = notification(id, "NOTICE");
		UUID last = jdbc.sql(
				"select organization_id from breach_notice where incident_id = :id order by organization_id desc limit 1")
			.param("id", UUID.fromString(id))
			.query(UUID.class)
			.single();
		// As if the run had stopped before its last batch.
		for (String table : List.of("breach_notice_app", "breach_notice")) {
			jdbc.sql("delete from " + table + " where incident_id = :id and organization_id = :org")
				.param("id", UUID.fromString(id))
				.param("org", last)
				.update();
		}
		jdbc.sql("update breach_notification set status = 'RUNNING', told = told - 1, finished_at = null where id = :n")
			.param("n", notification)
			.update();

		notifier.run(notification);

		assertThat(count("select count(*) from breach_notice where incident_id = :id", id)).isEqualTo(told);
		mvc.perform(get("/api/v1/incidents/{id}/notifications", id).with(SECURITY))
			.andExpect(jsonPath("$[0].status").value("DONE"))
			.andExpect(jsonPath("$[0].organizations").value(told))
			.andExpect(jsonPath("$[0].told").value(told));
	}

	@Test
	void aFollowUpCutShortResumesAfterTheLastOrganizationItReached() throws Exception {
		String id = notifiedBreach();
		mvc.perform(post("/api/v1/incidents/{id}/follow-ups", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Two downloads found in the logs\"}")).andExpect(status().isAccepted());
		awaitDone(id);
		long told = count("select count(*) from breach_notice where incident_id = :id", id);
		UUID followUp = notification(id, "FOLLOW_UP");
		UUID first = jdbc
			.sql("select organization_id from breach_notice where incident_id = :id order by organization_id limit 1")
			.param("id", UUID.fromString(id))
			.query(UUID.class)
			.single();
		long sentBefore = followUpsSent(id);
		// As if the run had stopped after the first organization.
		jdbc.sql("update breach_notification set status = 'RUNNING', told = 1, resume_after = :first,"
				+ " finished_at = null where id = :n")
			.param("first", first)
			.param("n", followUp)
			.update();

		notifier.run(followUp);

		assertThat(followUpsSent(id)).isEqualTo(sentBefore + told - 1);
		mvc.perform(get("/api/v1/incidents/{id}/notifications", id).with(SECURITY))
			.andExpect(jsonPath("$[0].kind").value("FOLLOW_UP"))
			.andExpect(jsonPath("$[0].status").value("DONE"))
			.andExpect(jsonPath("$[0].told").value(told));
	}

	@Test
	void theNotificationToTheAuthorityIsRecordedOnceWithACompleteSavedDraftAndStopsTheClock() throws Exception {
		String id = notifiedBreach();
		String acme = organizationId("Acme Health SAS");
		String submission = "/api/v1/organizations/{org}/breaches/{id}/authority-notification/submission";
		Instant now = clock.instant();
		mvc.perform(post(submission, acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"submittedAt\":\"" + now + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("draft"));
		mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/authority-notification", acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nature\":\"n\",\"contact\":\"c\",\"consequences\":\"c\",\"measures\":\"m\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing[0]").value("authority"));
		mvc.perform(post(submission, acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"submittedAt\":\"" + now + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("draft"));
		mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/authority-notification", acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"authority\":\"FR\",\"nature\":\"n\",\"contact\":\"c\",\"consequences\":\"c\",\"measures\":\"m\"}"))
			.andExpect(status().isOk());
		mvc.perform(post(submission, acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"submittedAt\":\"" + now.plus(Duration.ofMinutes(5)) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("submittedAt"));
		mvc.perform(post(submission, acme, id).with(CARLA)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"submittedAt\":\"" + now + "\"}")).andExpect(status().isForbidden());
		mvc.perform(post(submission, acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"submittedAt\":\"" + now + "\",\"reference\":\"CNIL-2026-0042\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clock.submission.authority.country").value("FR"))
			.andExpect(jsonPath("$.clock.submission.reference").value("CNIL-2026-0042"))
			.andExpect(jsonPath("$.clock.submission.draftVersion").value(2))
			.andExpect(jsonPath("$.clock.late").value(false));
		mvc.perform(post(submission, acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"submittedAt\":\"" + now + "\"}")).andExpect(status().isConflict());
		mvc.perform(put("/api/v1/organizations/{org}/breaches/{id}/awareness", acme, id).with(ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"awareAt\":\"" + now.minus(Duration.ofHours(1)) + "\"}")).andExpect(status().isConflict());
		assertThat(jdbc.sql("""
				select count(*) from trail_entry
				where action = 'breach.authority-notified' and organization_id = :org and object_id = :id""")
			.param("org", UUID.fromString(acme))
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCustomerIsRemindedOnceADayBeforeItsDeadlineUnlessItRecordedTheNotification() throws Exception {
		String id = notifiedBreach();
		String acme = organizationId("Acme Health SAS");
		String bakery = organizationId("Boulangerie Numérique SARL");
		Instant notifiedAt = Instant
			.parse(read(get("/api/v1/organizations/{org}/breaches/{id}", acme, id).with(ALICE)).at("/clock/notifiedAt")
				.asString());
		jdbc.sql("update breach_notice set authority_decided_at = :at, authority_code = 'FR', "
				+ "authority_draft_version = 1, authority_recorded_by = :by where incident_id = :id and organization_id = :org")
			.param("at", java.sql.Timestamp.from(notifiedAt))
			.param("by", UUID.randomUUID())
			.param("id", UUID.fromString(id))
			.param("org", UUID.fromString(bakery))
			.update();
		// 24 hours before the end of the 72: 48 hours after the customer was told
		Instant dayBefore = notifiedAt.plus(Duration.ofHours(48));

		deadlines.remind(dayBefore.minusMillis(1));
		assertThat(keyed("breach-deadline:" + id + ":" + acme + ":IN_APP:%")).isZero();
		deadlines.remind(dayBefore);
		assertThat(keyed("breach-deadline:" + id + ":" + acme + ":IN_APP:%")).isEqualTo(1);
		assertThat(keyed("breach-deadline:" + id + ":" + acme + ":EMAIL:%")).isEqualTo(2);
		assertThat(keyed("breach-deadline:" + id + ":" + bakery + ":%")).isZero();
		deadlines.remind(dayBefore.plus(Duration.ofHours(30)));
		assertThat(keyed("breach-deadline:" + id + ":" + acme + ":IN_APP:%")).isEqualTo(1);
		assertThat(jdbc
			.sql("select count(*) from trail_entry where action = 'breach.deadline-reminded' and object_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(count("select count(*) from breach_notice where incident_id = :id", id) - 1);
	}

	@AfterAll
	static void dropTheDatabases() throws java.sql.SQLException {
		CustomerDatabases.dropAll();
	}

	private String notifiedBreach() throws Exception {
		String id = breach("[\"osc-fr1\"]");
		mvc.perform(post("/api/v1/incidents/{id}/notifications", id).with(SECURITY)).andExpect(status().isAccepted());
		awaitDone(id);
		return id;
	}

	private void awaitDone(String id) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> read(get("/api/v1/incidents/{id}/notifications", id).with(SECURITY))
				.findValuesAsString("status")
				.stream()
				.allMatch("DONE"::equals));
	}

	private String breach(String regions) throws Exception {
		String id = declare("Exposed object storage " + UUID.randomUUID());
		Instant now = clock.instant();
		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"breach\":true,\"regions\":" + regions + ",\"apps\":[],\"dataStores\":[\"object storage\"],"
					+ "\"windowFrom\":\"" + now.minus(Duration.ofDays(2)) + "\",\"windowTo\":\""
					+ now.minus(Duration.ofDays(1)) + "\",\"dataCategories\":[\"contact data\",\"health data\"],"
					+ "\"approximatePeople\":1200,\"consequences\":\"Possible phishing\",\"measures\":\"Access revoked\"}"))
			.andExpect(status().isOk());
		return id;
	}

	private String declare(String title) throws Exception {
		Instant now = clock.instant();
		return read(post("/api/v1/incidents").with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"" + title + "\",\"description\":\"Found by monitoring\",\"severity\":\"HIGH\","
					+ "\"detectedAt\":\"" + now.minus(Duration.ofHours(2)) + "\",\"awareAt\":\""
					+ now.minus(Duration.ofHours(1)) + "\"}"))
			.get("id")
			.asString();
	}

	private JsonNode read(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private String organizationId(String name) {
		return jdbc.sql("select cast(id as varchar(36)) from organization where name = :name")
			.param("name", name)
			.query(String.class)
			.single();
	}

	private long keyed(String pattern) {
		return jdbc.sql("select count(*) from notification where idempotency_key like :pattern")
			.param("pattern", pattern)
			.query(Long.class)
			.single();
	}

	private long followUpsSent(String incident) {
		return jdbc.sql("select count(*) from trail_entry where action = 'breach.follow-up-sent' and object_id = :id")
			.param("id", incident)
			.query(Long.class)
			.single();
	}

	private UUID notification(String incident, String kind) {
		return jdbc.sql("select id from breach_notification where incident_id = :id and kind = :kind")
			.param("id", UUID.fromString(incident))
			.param("kind", kind)
			.query(UUID.class)
			.single();
	}

	private long count(String sql, String id) {
		return jdbc.sql(sql).param("id", UUID.fromString(id)).query(Long.class).single();
	}

}
