package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IsolatedIntegrationTest;
import io.article28.MovingClock;
import io.article28.MutableClock;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.Organization;
import io.article28.accounts.StaffRole;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.CustomerBlock;
import io.article28.agreements.DpaDocument;
import io.article28.agreements.SignatureRequest;
import io.article28.core.PageRequest;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of a change through the API, with a clock the test moves: the bakery (current
 * edition, 8 days) objects on its last day, a new customer on the day after its last day,
 * Civic Data Lab (2018 edition) must consent; the change takes effect on its day. On a
 * database of its own, since the clock moves far ahead.
 */
@IsolatedIntegrationTest
@Import(MovingClock.class)
class SubprocessorChangeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	SubprocessorChangeManagement changes;

	@Autowired
	SubprocessorChangeJob job;

	@Autowired
	TrailManagement trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aNewSubprocessorIsObjectedToOnTheLastDayRefusedTheDayAfterAndConsentedToUnder2018() throws Exception {
		Organization bakery = named("Boulangerie Numérique SARL");
		Organization civic = named("Civic Data Lab");
		Tenants.Tenant latecomer = signedTenant();
		RequestPostProcessor dpo = tenants.staff(StaffRole.DPO);
		LocalDate earliest = changes.earliestEffectiveDate();
		String name = "Mailer " + UUID.randomUUID().toString().substring(0, 6);

		mvc.perform(announce(dpo, name, earliest.minusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveOn"));
		String created = mvc.perform(announce(dpo, name, earliest))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.incoming.status").value("PLANNED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID changeId = UUID.fromString(json.readTree(created).get("id").asString());

		mvc.perform(get("/api/v1/organizations/{org}/subprocessor-changes/{id}", bakery.id(), changeId)
			.with(owner("hugo@boulangerie.example")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice.status").value("OPEN"))
			.andExpect(jsonPath("$.notice.regime").value("OBJECTION_WINDOW"))
			.andExpect(jsonPath("$.mayObject").value(true));
		ChangeNotice bakeryNotice = changes.changeOf(bakery.id(), changeId).notice();
		ObjectionWindow bakeryWindow = bakeryNotice.window().orElseThrow();
		assertThat(bakeryWindow.days()).isEqualTo(8);

		clock.setTo(bakeryWindow.closesAt().minusSeconds(60));
		mvc.perform(objection(bakery, changeId, owner("hugo@boulangerie.example"), "COMPETITOR", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.notice.status").value("OBJECTED"))
			.andExpect(jsonPath("$.notice.ground").value("COMPETITOR"));

		ObjectionWindow latecomerWindow = changes.changeOf(latecomer.organization().id(), changeId)
			.notice()
			.window()
			.orElseThrow();
		clock.setTo(latecomerWindow.closesAt().plusSeconds(1));
		mvc.perform(objection(latecomer.organization(), changeId, latecomer.owner(), "DISPUTE", null))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("closed")));
		assertThat(
				trail
					.entries(new TrailFilter(latecomer.organization().id(), "subprocessor-change.objection-refused",
							null, null), PageRequest.of(0, 5))
					.items())
			.as("the refused objection stays in the trail")
			.hasSize(1)
			.allSatisfy(entry -> {
				assertThat(entry.detail()).contains("\"reason\":\"window-closed\"");
				assertThat(json.readTree(entry.detail()).get("day").asInt()).isGreaterThan(latecomerWindow.days());
			});

		mvc.perform(objection(civic, changeId, owner("nadia@civicdata.example"), "COMPETITOR", null))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/subprocessor-changes/{id}", changeId).with(dpo).param("status", "AWAITING_CONSENT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.items[*].organizationName", hasItem("Civic Data Lab")));
		mvc.perform(post("/api/v1/organizations/{org}/subprocessor-changes/{id}/consent", civic.id(), changeId)
			.with(owner("nadia@civicdata.example"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"CONSENT\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice.status").value("CONSENTED"));

		mvc.perform(
				post("/api/v1/subprocessor-changes/{id}/organizations/{org}/decision", changeId, bakery.id()).with(dpo)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\":\"UPHOLD\",\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/subprocessor-changes/{id}/organizations/{org}/decision", changeId, bakery.id())
			.with(dpo)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"UPHOLD\",\"reason\":\"The mailer competes with the bakery's own product\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UPHELD"));
		mvc.perform(get("/api/v1/subprocessor-changes/{id}", changeId).with(dpo))
			.andExpect(jsonPath("$.counts.UPHELD").value(1))
			.andExpect(jsonPath("$.counts.CONSENTED").value(1));

		assertThat(
				trail.entries(new TrailFilter(bakery.id(), "subprocessor-change.", null, null), PageRequest.of(0, 50))
					.items())
			.extracting(entry -> entry.action())
			.contains("subprocessor-change.notified", "subprocessor-change.objected",
					"subprocessor-change.objection-upheld");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> inApp(bakery, "subprocessor-change") == 1 && inApp(civic, "subprocessor-change") == 1
					&& inApp(bakery, "subprocessor-objection-upheld") == 1);
		assertThat(emails(changeId, "hugo@boulangerie.example")).isEqualTo(1);
	}

	@Test
	void aChangeTakesEffectOnItsDayOnlyAndOnce() throws Exception {
		LocalDate effective = changes.earliestEffectiveDate().plusDays(2);
		String name = "Archiver " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(announce(tenants.staff(StaffRole.ADMIN), name, effective)).andExpect(status().isCreated());
		Instant dayBefore = effective.minusDays(1).atTime(23, 0).atZone(ObjectionWindow.ZONE).toInstant();
		Instant onTheDay = effective.atStartOfDay(ObjectionWindow.ZONE).toInstant().plusSeconds(300);

		job.applyDueChanges(dayBefore);
		assertThat(statusOf(name)).isEqualTo("PLANNED");
		clock.setTo(onTheDay);
		assertThat(job.applyDueChanges(onTheDay)).isPositive();
		assertThat(statusOf(name)).isEqualTo("ACTIVE");
		assertThat(job.applyDueChanges(onTheDay)).isZero();
	}

	@Test
	void customersAnswerForThemselvesOnlyAndSeeOnlyTheirOwnNotices() throws Exception {
		Organization bakery = named("Boulangerie Numérique SARL");
		Tenants.Tenant stranger = tenants.create();
		String created = mvc
			.perform(announce(tenants.staff(StaffRole.DPO), "Backup " + UUID.randomUUID().toString().substring(0, 6),
					changes.earliestEffectiveDate()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID changeId = UUID.fromString(json.readTree(created).get("id").asString());
		mvc.perform(post("/api/v1/organizations/{org}/subprocessor-changes/{id}/objections", bakery.id(), changeId)
			.with(Tenants.staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ground\":\"COMPETITOR\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organizations/{org}/subprocessor-changes/{id}", bakery.id(), changeId)
			.with(stranger.owner())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/subprocessor-changes/{id}", stranger.id(), changeId)
			.with(stranger.owner())).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/subprocessor-changes").with(stranger.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"REMOVE\",\"summary\":\"x\",\"effectiveOn\":\"2030-01-01\",\"subprocessorId\":\""
					+ UUID.randomUUID() + "\"}"))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.RequestBuilder announce(RequestPostProcessor staff, String name,
			LocalDate effectiveOn) {
		return post("/api/v1/subprocessor-changes").with(staff).contentType(MediaType.APPLICATION_JSON).content("""
				{"type":"ADD","summary":"A mail service for the platform's notices","effectiveOn":"%s",
				 "subprocessor":{"name":"%s","contact":"dpo@mailer.example","purpose":"Transactional email",
				 "legalBasis":"Contract","dataCategories":"Email addresses","country":"FR","location":"Paris",
				 "safeguard":"NONE","platformRegions":[],"audits":[]}}""".formatted(effectiveOn, name));
	}

	private org.springframework.test.web.servlet.RequestBuilder objection(Organization organization, UUID changeId,
			RequestPostProcessor owner, String ground, String justification) {
		return post("/api/v1/organizations/{org}/subprocessor-changes/{id}/objections", organization.id(), changeId)
			.with(owner)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(
					java.util.Map.of("ground", ground, "justification", justification == null ? "" : justification)));
	}

	/** An owner of a demo organization. */
	private static RequestPostProcessor owner(String email) {
		return httpBasic(email, "article28-demo");
	}

	/** A new customer that signs the version customers are asked to sign now. */
	private Tenants.Tenant signedTenant() {
		Tenants.Tenant tenant = tenants.create();
		DpaDocument shown = agreements.documentToSign(tenant.organization().id());
		var owner = accounts.members(tenant.organization().id(), PageRequest.of(0, 10))
			.items()
			.stream()
			.filter(member -> member.email().value().equals(tenant.ownerEmail()))
			.findFirst()
			.orElseThrow();
		agreements.sign(tenant.organization().id(), owner.id(),
				new SignatureRequest(
						shown.versionId().value(), shown.sha256(), new CustomerBlock(tenant.organization().name(),
								"1 rue du Test, Paris", "Owner", "CEO", "Owner", tenant.ownerEmail()),
						true, "127.0.0.1", "test"));
		return tenant;
	}

	private Organization named(String name) {
		return accounts.organizationNamed(name).orElseThrow();
	}

	private String statusOf(String name) {
		return jdbc.sql("select status from subprocessor where name = :name")
			.param("name", name)
			.query(String.class)
			.single();
	}

	private long inApp(Organization organization, String kind) {
		return jdbc
			.sql("select count(*) from notification where organization_id = :org and kind = :kind "
					+ "and channel = 'IN_APP'")
			.param("org", organization.id().value())
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	private long emails(UUID changeId, String recipient) {
		return jdbc.sql("select count(*) from notification where idempotency_key like :key and recipient = :to")
			.param("key", "subprocessor-change:" + changeId + ":%")
			.param("to", recipient)
			.query(Long.class)
			.single();
	}

}
