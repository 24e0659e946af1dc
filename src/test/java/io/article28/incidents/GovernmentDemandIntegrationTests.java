package io.article28.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.Tenants.Tenant;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.StaffRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DPOs register government demands: the organizations concerned are told by mail,
 * in-app and webhook, and see the demand on their list, unless the law forbids telling
 * them, in which case nothing reaches them (no notification, no list entry, no entry in
 * their trail) until the prohibition is lifted; the answer is recorded once; nobody but
 * the DPOs and administrators writes, and a customer sees only its own demands.
 */
@IntegrationTest
class GovernmentDemandIntegrationTests {

	private static final RequestPostProcessor DPO = httpBasic("dpo@nimbus.example", "article28-demo");

	private static final RequestPostProcessor ADMIN = httpBasic("ops@nimbus.example", "article28-demo");

	private static final RequestPostProcessor SECURITY = httpBasic("security@nimbus.example", "article28-demo");

	private static final RequestPostProcessor SUPPORT = httpBasic("support@nimbus.example", "article28-demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Test
	void aNotifiedDemandTellsEachOrganizationConcernedAndShowsItOnlyItsOwnDemand() throws Exception {
		Tenant first = tenants.create();
		Tenant second = tenants.create();
		withWebhook(first);
		String authority = "Tribunal judiciaire de Paris " + UUID.randomUUID();
		String id = register(authority, List.of(first, second), "\"notice\":\"NOTIFY\"");

		mvc.perform(get("/api/v1/government-demands/{id}", id).with(DPO))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice").value("NOTIFIED"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.organizations.length()").value(2))
			.andExpect(jsonPath("$.customersToldAt").exists());

		assertThat(channels(first, id)).containsExactlyInAnyOrder("EMAIL", "IN_APP", "WEBHOOK");
		assertThat(channels(second, id)).as("no webhook configured").containsExactlyInAnyOrder("EMAIL", "IN_APP");
		for (Tenant tenant : List.of(first, second)) {
			assertThat(recipients(tenant, id)).containsExactly(tenant.ownerEmail());
		}
		String webhook = jdbc
			.sql("select payload from notification where channel = 'WEBHOOK' and idempotency_key like :key")
			.param("key", "government-demand:" + id + ":" + first.id() + "%")
			.query(String.class)
			.single();
		assertThat(webhook).contains(id, "COURT_ORDER", "government-demand.received")
			.doesNotContain(authority)
			.doesNotContain("access logs");
		String mail = jdbc.sql("select body_text from notification where channel = 'EMAIL' and recipient = :to")
			.param("to", first.ownerEmail())
			.query(String.class)
			.list()
			.stream()
			.filter(body -> body.contains(id))
			.findFirst()
			.orElseThrow();
		assertThat(mail).contains("Court order", first.organization().name(), "/government-demands")
			.doesNotContain(second.organization().name());
		mvc.perform(get("/api/v1/organizations/{org}/notifications", first.id()).with(first.member()))
			.andExpect(jsonPath("$.items[0].kind").value("government-demand"))
			.andExpect(jsonPath("$.items[0].text").value("A government demand (Court order) received on " + yesterday()
					+ " concerns the data we process for you: see Government demands."));

		String list = customerList(first, first.member());
		assertThat(list).contains(id, authority, "Access logs of the app", "COURT_ORDER")
			.doesNotContain(second.id())
			.doesNotContain(second.organization().name());

		assertThat(trail(first)).containsExactly("government-demand.registered", "government-demand.notified");
		forgetWebhookCalls(first);
	}

	@Test
	void aWithheldDemandReachesNobodyUntilTheProhibitionIsLifted() throws Exception {
		Tenant tenant = tenants.create();
		withWebhook(tenant);
		String id = register("Police judiciaire " + UUID.randomUUID(), List.of(tenant),
				"\"notice\":\"WITHHOLD\",\"withheldReason\":\"Secrecy of an ongoing investigation\","
						+ "\"legalBasis\":\"Art. 11 of the code of criminal procedure\"");
		mvc.perform(get("/api/v1/government-demands/{id}", id).with(SECURITY))
			.andExpect(jsonPath("$.notice").value("WITHHELD"))
			.andExpect(jsonPath("$.withheldReason").value("Secrecy of an ongoing investigation"))
			.andExpect(jsonPath("$.legalBasis").value("Art. 11 of the code of criminal procedure"))
			.andExpect(jsonPath("$.customersToldAt").doesNotExist());

		assertThat(channels(tenant, id)).isEmpty();
		assertThat(customerList(tenant, tenant.owner())).doesNotContain(id);
		mvc.perform(get("/api/v1/organizations/{org}/government-demands", tenant.id()).with(tenant.owner()))
			.andExpect(jsonPath("$.totalItems").value(0));
		assertThat(trail(tenant)).isEmpty();
		List<Map<String, Object>> providerEntries = jdbc
			.sql("select organization_id, action, detail from trail_entry where object_id = :id")
			.param("id", id)
			.query()
			.listOfRows();
		assertThat(providerEntries).singleElement().satisfies(entry -> {
			assertThat(entry.get("organization_id")).isNull();
			assertThat(entry.get("action")).isEqualTo("government-demand.registered");
			assertThat(entry.get("detail").toString()).contains(tenant.id(), "WITHHELD")
				.doesNotContain("Secrecy")
				.doesNotContain("Art. 11");
		});

		answer(id, "{\"disclosed\":true,\"details\":\"Subscriber data of one account\",\"on\":\"" + yesterday() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISCLOSED"));
		assertThat(customerList(tenant, tenant.owner())).doesNotContain(id);

		mvc.perform(post("/api/v1/government-demands/{id}/lifting", id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notice").value("LIFTED"))
			.andExpect(jsonPath("$.customersToldAt").exists());
		assertThat(channels(tenant, id)).containsExactlyInAnyOrder("EMAIL", "IN_APP", "WEBHOOK");
		assertThat(customerList(tenant, tenant.owner())).contains(id, "Subscriber data of one account")
			.doesNotContain("Secrecy")
			.doesNotContain("Art. 11");
		assertThat(trail(tenant)).containsExactly("government-demand.notified");

		mvc.perform(post("/api/v1/government-demands/{id}/lifting", id).with(ADMIN))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("notice"));
		assertThat(channels(tenant, id)).hasSize(3);
		forgetWebhookCalls(tenant);
	}

	@Test
	void invalidDemandsAreRefusedWithTheirFieldAndLeaveNothingBehind() throws Exception {
		Tenant tenant = tenants.create();
		String authority = "Refused authority " + UUID.randomUUID();
		refused(body(authority, List.of(tenant.id()), "\"notice\":\"WITHHOLD\",\"withheldReason\":\"Secrecy\""),
				"legalBasis");
		refused(body(authority, List.of(tenant.id()), "\"notice\":\"WITHHOLD\",\"legalBasis\":\"Art. 11\""),
				"withheldReason");
		refused(body(authority, List.of(tenant.id()), "\"notice\":\"NOTIFY\",\"legalBasis\":\"Art. 11\""),
				"legalBasis");
		refused(body(authority, List.of(tenant.id()), "\"withheldReason\":null"), "notice");
		refused(body(authority, List.of(), "\"notice\":\"NOTIFY\""), "organizations");
		refused(body(authority, List.of(tenant.id(), UUID.randomUUID().toString()), "\"notice\":\"NOTIFY\""),
				"organizations");
		refused(body(authority, List.of(tenant.id()), "\"notice\":\"NOTIFY\"").replace("COURT_ORDER", "FAX"), "type");
		refused(body(authority, List.of(tenant.id()), "\"notice\":\"NOTIFY\"").replace(yesterday().toString(),
				GovernmentDemand.today(clock.instant()).plusDays(1).toString()), "receivedOn");
		refused(body(" ", List.of(tenant.id()), "\"notice\":\"NOTIFY\""), "authority");

		assertThat(jdbc.sql("select count(*) from government_demand where authority = :authority")
			.param("authority", authority)
			.query(Long.class)
			.single()).isZero();
		assertThat(channels(tenant, null)).isEmpty();
	}

	@Test
	void theAnswerIsRecordedOnceNeverBeforeReceiptAndLeavesATrailEntry() throws Exception {
		Tenant tenant = tenants.create();
		String id = register("Autorité de la concurrence " + UUID.randomUUID(), List.of(tenant),
				"\"notice\":\"NOTIFY\"");
		answer(id, "{\"details\":\"Logs\",\"on\":\"" + yesterday() + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("disclosed"));
		answer(id, "{\"disclosed\":false,\"details\":\"Contested\",\"on\":\"" + yesterday().minusDays(1) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		answer(id, "{\"disclosed\":false,\"on\":\"" + yesterday() + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		answer(id,
				"{\"disclosed\":false,\"details\":\"Contested as too broad; withdrawn\",\"on\":\"" + yesterday()
						+ "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOTHING_DISCLOSED"))
			.andExpect(jsonPath("$.answer").value("Contested as too broad; withdrawn"));
		answer(id, "{\"disclosed\":true,\"details\":\"Logs\",\"on\":\"" + yesterday() + "\"}")
			.andExpect(status().isConflict());

		assertThat(customerList(tenant, tenant.member())).contains("NOTHING_DISCLOSED",
				"Contested as too broad; withdrawn");
		assertThat(trail(tenant)).containsExactly("government-demand.registered", "government-demand.notified",
				"government-demand.answered");
		mvc.perform(
				get("/api/v1/government-demands").param("status", "NOTHING_DISCLOSED").param("size", "200").with(DPO))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());
		mvc.perform(get("/api/v1/government-demands").param("status", "OPEN").param("size", "200").with(DPO))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
	}

	@Test
	void onlyDpoAndAdminStaffWriteSecurityReadsAndCustomersSeeTheirOwnListOnly() throws Exception {
		Tenant tenant = tenants.create();
		Tenant other = tenants.create();
		String body = body("Not allowed " + UUID.randomUUID(), List.of(tenant.id()), "\"notice\":\"NOTIFY\"");
		for (RequestPostProcessor notAllowed : List.of(SECURITY, SUPPORT, tenant.owner())) {
			mvc.perform(post("/api/v1/government-demands").with(notAllowed)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isForbidden());
		}
		String id = register("Allowed " + UUID.randomUUID(), List.of(tenant), "\"notice\":\"NOTIFY\"");
		mvc.perform(get("/api/v1/government-demands").with(SECURITY)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/government-demands/{id}", id).with(Tenants.staffAdmin())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/government-demands").with(SUPPORT)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/government-demands").with(tenant.owner())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/government-demands/{id}", id).with(tenant.owner())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/government-demands/{id}/lifting", id).with(tenant.owner()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/government-demands/{id}/disclosure", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"disclosed\":true,\"details\":\"x\",\"on\":\"" + yesterday() + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/government-demands/{id}", UUID.randomUUID()).with(DPO))
			.andExpect(status().isNotFound());

		mvc.perform(get("/api/v1/organizations/{org}/government-demands", tenant.id()).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/government-demands", UUID.randomUUID()).with(other.owner()))
			.andExpect(status().isNotFound());
		assertThat(customerList(other, other.owner())).doesNotContain(id);
		mvc.perform(get("/api/v1/organizations/{org}/government-demands", tenant.id()).with(SECURITY))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/organizations/{org}/government-demands", tenant.id()).with(SUPPORT))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organizations/{org}/government-demands", tenant.id()).param("size", "0")
			.with(tenant.owner())).andExpect(status().isBadRequest());
	}

	@Test
	void anErasedOrganizationIsForgottenByTheDemandWhichStays() throws Exception {
		Tenant erased = tenants.create();
		Tenant kept = tenants.create();
		String id = register("Erasure check " + UUID.randomUUID(), List.of(erased, kept), "\"notice\":\"NOTIFY\"");
		accounts.erase(erased.organization().id());
		// The last message to the erased account's owners waits for a delivery that other
		// tests run and check: it is not this test's to leave behind.
		jdbc.sql("delete from notification where kind = 'account-erased' and idempotency_key like :key")
			.param("key", "account-erased:" + erased.id() + ":%")
			.update();

		assertThat(jdbc.sql("select count(*) from government_demand_organization where organization_id = :org")
			.param("org", erased.organization().id().value())
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/api/v1/government-demands/{id}", id).with(DPO))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organizations.length()").value(1))
			.andExpect(jsonPath("$.organizations[0].id").value(kept.id()));
		assertThat(customerList(kept, kept.owner())).contains(id);
	}

	private void withWebhook(Tenant tenant) throws Exception {
		mvc.perform(put("/api/v1/organizations/{org}/webhook", tenant.id()).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"https://93.184.215.14/hook\",\"secret\":\"a-long-enough-secret\"}"))
			.andExpect(status().isOk());
	}

	/**
	 * The calls to a documentation address would wait for their timeout in the tests that
	 * run the delivery job: they are not left for them.
	 */
	private void forgetWebhookCalls(Tenant tenant) {
		jdbc.sql("delete from notification where organization_id = :org and channel = 'WEBHOOK'")
			.param("org", tenant.organization().id().value())
			.update();
	}

	private String register(String authority, List<Tenant> organizations, String notice) throws Exception {
		String body = mvc
			.perform(post("/api/v1/government-demands").with(DPO)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(authority, organizations.stream().map(Tenant::id).toList(), notice)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.authority").value(authority.strip()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	private String body(String authority, List<String> organizations, String notice) {
		return "{\"authority\":\"" + authority + "\",\"type\":\"COURT_ORDER\",\"receivedOn\":\"" + yesterday()
				+ "\",\"reference\":\"RG 26/0042\",\"dataConcerned\":\"Access logs of the app for October\","
				+ "\"organizations\":" + organizations.stream().map(id -> "\"" + id + "\"").toList() + "," + notice
				+ "}";
	}

	private void refused(String body, String field) throws Exception {
		mvc.perform(post("/api/v1/government-demands").with(DPO).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value(field));
	}

	private org.springframework.test.web.servlet.ResultActions answer(String id, String body) throws Exception {
		return mvc.perform(post("/api/v1/government-demands/{id}/disclosure", id).with(DPO)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private String customerList(Tenant tenant, RequestPostProcessor as) throws Exception {
		return mvc
			.perform(get("/api/v1/organizations/{org}/government-demands", tenant.id()).param("size", "200").with(as))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The channels on which the organization was told of the demand (of any, without
	 * one).
	 */
	private List<String> channels(Tenant tenant, String demand) {
		return jdbc.sql("""
				select channel from notification where organization_id = :org and idempotency_key like :key""")
			.param("org", tenant.organization().id().value())
			.param("key", "government-demand:" + (demand == null ? "" : demand) + "%")
			.query(String.class)
			.list();
	}

	private List<String> recipients(Tenant tenant, String demand) {
		return jdbc.sql("""
				select recipient from notification where organization_id = :org and channel = 'EMAIL'
				  and idempotency_key like :key""")
			.param("org", tenant.organization().id().value())
			.param("key", "government-demand:" + demand + "%")
			.query(String.class)
			.list();
	}

	/** The government-demand actions in the organization's own trail, as it reads it. */
	private List<String> trail(Tenant tenant) throws Exception {
		JsonNode page = json.readTree(mvc
			.perform(get("/api/v1/organizations/{org}/trail", tenant.id()).param("size", "200").with(tenant.owner()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<String> actions = new java.util.ArrayList<>();
		page.get("items").forEach(entry -> {
			String action = entry.get("action").asString();
			if (action.startsWith("government-demand.")) {
				actions.add(action);
			}
		});
		java.util.Collections.reverse(actions);
		return actions;
	}

	private LocalDate yesterday() {
		return GovernmentDemand.today(clock.instant()).minusDays(1);
	}

}
