package io.article28.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.accounts.StaffRole;
import io.article28.platform.PlatformManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security staff declare incidents, follow them, qualify them as breaches or not, see
 * which customers a breach touches in the demo regions, and close them; the breach
 * register keeps every assessment, readable by the DPOs; nobody else writes.
 */
@IntegrationTest
class IncidentIntegrationTests {

	private static final RequestPostProcessor SECURITY = httpBasic("security@nimbus.example", "article28-demo");

	private static final RequestPostProcessor DPO = httpBasic("dpo@nimbus.example", "article28-demo");

	private static final RequestPostProcessor CUSTOMER = httpBasic("alice@acme-health.example", "article28-demo");

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

	@Test
	void aBreachInARegionAffectsTheOwnersOfItsAppsWithThoseAppsOnly() throws Exception {
		String id = declare("Exposed object storage " + UUID.randomUUID(), "HIGH");
		mvc.perform(post("/api/v1/incidents/{id}/updates", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Storage access revoked\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.timeline.length()").value(1))
			.andExpect(jsonPath("$.timeline[0].text").value("Storage access revoked"));

		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(breach("[\"osc-fr1\"]", "[]")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assessment.breach").value(true))
			.andExpect(jsonPath("$.assessment.scope.regions[0]").value("osc-fr1"))
			.andExpect(jsonPath("$.assessment.scope.approximatePeople").value(1200));

		Map<String, Set<String>> affected = affected(id);
		assertThat(affected).containsEntry("Acme Health SAS", Set.of("acme-website"))
			.containsEntry("Boulangerie Numérique SARL", Set.of("boulangerie-shop"))
			.containsEntry("Civic Data Lab", Set.of("civic-open-data"));
		// Other tests register apps in osc-fr1 for their own organizations: the list
		// holds
		// exactly the owners of the region's apps, counted here straight from the
		// database.
		List<String> owners = jdbc
			.sql("select distinct cast(organization_id as varchar(36)) from hosted_app where region_code = 'osc-fr1'")
			.query(String.class)
			.list();
		Set<String> listed = new HashSet<>();
		affectedOrganizations(id).forEach(organization -> {
			listed.add(organization.get("id").asString());
			organization.get("apps").forEach(app -> assertThat(app.get("region").asString()).isEqualTo("osc-fr1"));
		});
		assertThat(listed).containsExactlyInAnyOrderElementsOf(owners);
		mvc.perform(get("/api/v1/incidents/{id}/affected-organizations", id).param("size", "1").with(DPO))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.totalItems").value(owners.size()));

		mvc.perform(get("/api/v1/incidents/{id}", id).with(SECURITY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.timeline[0].text").value("Storage access revoked"))
			.andExpect(jsonPath("$.assessment.breach").value(true));
	}

	@Test
	void aBreachInTheSecNumCloudRegionAffectsAcmeAndCivicWithTheirSecNumCloudApps() throws Exception {
		String id = declare("Hypervisor flaw " + UUID.randomUUID(), "CRITICAL");
		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(breach("[\"osc-secnum-fr1\"]", "[]"))).andExpect(status().isOk());
		Map<String, Set<String>> affected = affected(id);
		assertThat(affected).containsEntry("Acme Health SAS", Set.of("acme-patient-portal"))
			.containsEntry("Civic Data Lab", Set.of("civic-survey"))
			.doesNotContainKey("Boulangerie Numérique SARL");
		List<String> owners = jdbc.sql(
				"select distinct cast(organization_id as varchar(36)) from hosted_app where region_code = 'osc-secnum-fr1'")
			.query(String.class)
			.list();
		assertThat(affected).hasSize(owners.size());
	}

	@Test
	void aNamedAppAddsItsOwnerWithThatAppOnly() throws Exception {
		String id = declare("Leaked deploy key " + UUID.randomUUID(), "MEDIUM");
		String shop = platform.appNamed("boulangerie-shop").orElseThrow().id().toString();
		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(breach("[]", "[\"" + shop + "\"]"))).andExpect(status().isOk());
		assertThat(affected(id)).containsExactly(Map.entry("Boulangerie Numérique SARL", Set.of("boulangerie-shop")));
	}

	@Test
	void theBreachRegisterKeepsBreachesAndIncidentsJudgedNotToBeBreachesWithTheirReason() throws Exception {
		String breach = declare("Stolen laptop " + UUID.randomUUID(), "HIGH");
		mvc.perform(post("/api/v1/incidents/{id}/breach", breach).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(breach("[\"osc-fr1\"]", "[]"))).andExpect(status().isOk());
		String notBreach = declare("Port scan " + UUID.randomUUID(), "LOW");
		mvc.perform(post("/api/v1/incidents/{id}/breach", notBreach).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"breach\":false,\"reason\":\"Blocked at the firewall, no data reached\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assessment.breach").value(false))
			.andExpect(jsonPath("$.assessment.reason").value("Blocked at the firewall, no data reached"));
		assertThat(affected(notBreach)).isEmpty();

		JsonNode register = json.readTree(mvc.perform(get("/api/v1/breach-register").param("size", "200").with(DPO))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Map<String, JsonNode> entries = new LinkedHashMap<>();
		register.get("items").forEach(entry -> entries.put(entry.get("id").asString(), entry));
		assertThat(entries.get(breach).get("assessment").get("breach").asBoolean()).isTrue();
		assertThat(entries.get(breach).get("assessment").get("scope").get("regions").get(0).asString())
			.isEqualTo("osc-fr1");
		assertThat(entries.get(notBreach).get("assessment").get("breach").asBoolean()).isFalse();
		assertThat(entries.get(notBreach).get("assessment").get("reason").asString())
			.isEqualTo("Blocked at the firewall, no data reached");

		mvc.perform(get("/api/v1/breach-register").with(Tenants.staffAdmin())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/breach-register").with(tenants.staff(StaffRole.SUPPORT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlySecurityStaffDeclareAndCustomersSeeNothing() throws Exception {
		String body = declaration("Not allowed", "LOW");
		mvc.perform(post("/api/v1/incidents").with(DPO).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/incidents").with(CUSTOMER).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents").with(CUSTOMER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/breach-register").with(CUSTOMER)).andExpect(status().isForbidden());

		String id = declare("Followed by the DPO " + UUID.randomUUID(), "MEDIUM");
		mvc.perform(get("/api/v1/incidents/{id}", id).with(DPO)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/incidents/{id}/updates", id).with(DPO)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Note\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/incidents/{id}/affected-organizations", id).with(CUSTOMER))
			.andExpect(status().isForbidden());
	}

	@Test
	void anUnknownRegionOrAppIsRefusedWithItsField() throws Exception {
		String id = declare("Unknown region " + UUID.randomUUID(), "LOW");
		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(breach("[\"mars-1\"]", "[]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regions"));
		mvc.perform(post("/api/v1/incidents/{id}/breach", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content(breach("[]", "[\"" + UUID.randomUUID() + "\"]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("apps"));
		mvc.perform(get("/api/v1/incidents/{id}", id).with(SECURITY))
			.andExpect(jsonPath("$.assessment").doesNotExist());
	}

	@Test
	void awarenessBeforeDetectionIsRefusedWithItsField() throws Exception {
		Instant now = clock.instant();
		mvc.perform(post("/api/v1/incidents").with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Backwards\",\"description\":\"d\",\"severity\":\"LOW\",\"detectedAt\":\""
					+ now.minus(Duration.ofHours(1)) + "\",\"awareAt\":\"" + now.minus(Duration.ofHours(2)) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("awareAt"));
	}

	@Test
	void closingNeedsRootCauseAndRemediationAndListsTheIncidentAsClosed() throws Exception {
		String id = declare("To be closed " + UUID.randomUUID(), "LOW");
		mvc.perform(post("/api/v1/incidents/{id}/closing", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"remediation\":\"Patched\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rootCause"));
		mvc.perform(post("/api/v1/incidents/{id}/closing", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rootCause\":\"Outdated library\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("remediation"));
		mvc.perform(post("/api/v1/incidents/{id}/closing", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rootCause\":\"Outdated library\",\"remediation\":\"Patched\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.rootCause").value("Outdated library"));
		mvc.perform(post("/api/v1/incidents/{id}/updates", id).with(SECURITY)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Too late\"}")).andExpect(status().isConflict());

		String closed = mvc.perform(get("/api/v1/incidents").param("status", "CLOSED").param("size", "200").with(DPO))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(closed).contains(id);
		String open = mvc.perform(get("/api/v1/incidents").param("status", "OPEN").param("size", "200").with(DPO))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(open).doesNotContain(id);
	}

	private String declare(String title, String severity) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").with(SECURITY)
				.contentType(MediaType.APPLICATION_JSON)
				.content(declaration(title, severity)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	private String declaration(String title, String severity) {
		Instant now = clock.instant();
		return "{\"title\":\"" + title + "\",\"description\":\"Found by monitoring\",\"severity\":\"" + severity
				+ "\",\"detectedAt\":\"" + now.minus(Duration.ofHours(2)) + "\",\"awareAt\":\""
				+ now.minus(Duration.ofHours(1)) + "\"}";
	}

	private String breach(String regions, String apps) {
		Instant now = clock.instant();
		return "{\"breach\":true,\"regions\":" + regions + ",\"apps\":" + apps
				+ ",\"dataStores\":[\"object storage\"],\"windowFrom\":\"" + now.minus(Duration.ofDays(2))
				+ "\",\"windowTo\":\"" + now.minus(Duration.ofDays(1))
				+ "\",\"dataCategories\":[\"contact data\",\"health data\"],\"approximatePeople\":1200,"
				+ "\"approximateRecords\":5000,\"consequences\":\"Possible phishing\",\"measures\":\"Access revoked\"}";
	}

	/** Every affected organization, read page by page. */
	private List<JsonNode> affectedOrganizations(String id) throws Exception {
		List<JsonNode> all = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode found = json.readTree(mvc
				.perform(get("/api/v1/incidents/{id}/affected-organizations", id).param("page", String.valueOf(page))
					.param("size", "200")
					.with(DPO))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			found.get("items").forEach(all::add);
			if (all.size() >= found.get("totalItems").asLong()) {
				return all;
			}
		}
	}

	/** Each affected organization's name, with the names of its affected apps. */
	private Map<String, Set<String>> affected(String id) throws Exception {
		Map<String, Set<String>> affected = new LinkedHashMap<>();
		affectedOrganizations(id).forEach(organization -> {
			Set<String> apps = new HashSet<>();
			organization.get("apps").forEach(app -> apps.add(app.get("name").asString()));
			affected.put(organization.get("name").asString(), apps);
		});
		return affected;
	}

}
