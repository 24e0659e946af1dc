package io.article28.datarights;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.Engine;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The erasure by the API and on the request's page: the owners plan it (201) and confirm
 * it with the app's name and the plan's digest (202), the members read it, the provider's
 * staff do neither; a wrong name is refused naming the field; a plan whose rows changed
 * is answered 409 with the plan that replaces it.
 */
@IntegrationTest
class ErasureWebTests {

	private static final String TOM = "tom.petit@example.org";

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@Autowired
	PlatformManagement platform;

	@Autowired
	Requesters requesters;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationContext context;

	private record Request(Tenants.Tenant tenant, TestStores.Shop shop, String app, UUID id) {

		String plans() {
			return "/api/v1/organizations/" + tenant.id() + "/requests/" + id + "/erasure-plans";
		}

	}

	private Request request() throws SQLException {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, Engine.EMBEDDED);
		dataMaps.declareSubject(tenant.organization().id(), shop.store().id(), "public", "customers", List.of("email"));
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		return new Request(tenant, shop, app, requesters.erasure(app, TOM).id());
	}

	private JsonNode plan(Request request) throws Exception {
		return json.readTree(mvc.perform(post(request.plans()).with(request.tenant().owner()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith(request.plans() + "/")))
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static String execution(String confirm, String digest) {
		return "{\"confirm\":\"" + confirm + "\",\"digest\":\"" + digest + "\"}";
	}

	@Test
	void theOwnersPlanAndConfirmTheErasureTheMembersReadIt() throws Exception {
		Request request = request();
		mvc.perform(post(request.plans()).with(request.tenant().member())).andExpect(status().isForbidden());
		mvc.perform(post(request.plans()).with(Tenants.staffAdmin())).andExpect(status().isForbidden());
		JsonNode plan = plan(request);
		String id = plan.get("id").asString();
		String digest = plan.get("digest").asString();
		String execution = request.plans() + "/" + id + "/execution";

		mvc.perform(get(request.plans() + "/" + id).with(request.tenant().member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stores[0].steps[4].table").value("public.customers"))
			.andExpect(jsonPath("$.rows").value(5))
			.andExpect(content().string(not(containsString("tom.petit"))));
		mvc.perform(post(execution).with(request.tenant().owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(execution("another-app", digest)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confirm"));
		mvc.perform(post(execution).with(request.tenant().member())
			.contentType(MediaType.APPLICATION_JSON)
			.content(execution(request.app(), digest))).andExpect(status().isForbidden());
		mvc.perform(post(execution).with(request.tenant().owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(execution(request.app(), digest)))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", request.plans() + "/" + id))
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		mvc.perform(post(execution).with(request.tenant().owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(execution(request.app(), digest))).andExpect(status().isConflict());

		org.assertj.core.api.Assertions.assertThat(QueuedErasures.run(context)).isPositive();
		mvc.perform(get(request.plans()).with(request.tenant().member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("COMPLETED"))
			.andExpect(jsonPath("$[0].stores[0].outcome.result").value("ERASED"));
	}

	@Test
	void aCompletedErasuresCertificateIsAttachedToTheAnswerOnceAndNamesNoOne() throws Exception {
		Request request = request();
		var owner = request.tenant().organization().id();
		platform.recordBackup(owner, request.shop().store().appId(), "nightly-1",
				java.time.Instant.parse("2026-11-30T02:00:00Z"), 1_000, "https://backups.example/nightly-1");
		JsonNode plan = plan(request);
		String path = request.plans() + "/" + plan.get("id").asString();
		mvc.perform(post(path + "/certificate").with(request.tenant().owner())).andExpect(status().isConflict());
		mvc.perform(post(path + "/execution").with(request.tenant().owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(execution(request.app(), plan.get("digest").asString()))).andExpect(status().isAccepted());
		QueuedErasures.run(context);

		byte[] pdf = mvc.perform(get(path + "/certificate").with(request.tenant().member()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			org.assertj.core.api.Assertions.assertThat(text)
				.contains("Certificate of erasure", request.id().toString(), "public.customers",
						"1 backup(s) of the app", "2026-11-30")
				.doesNotContain("tom.petit", "Petit");
		}
		mvc.perform(post(path + "/certificate").with(request.tenant().member())).andExpect(status().isForbidden());
		mvc.perform(post(path + "/certificate").with(request.tenant().owner()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value(startsWith("erasure-certificate-")))
			.andExpect(jsonPath("$.contentType").value("application/pdf"));
		mvc.perform(post(path + "/certificate").with(request.tenant().owner())).andExpect(status().isConflict());
		mvc.perform(get(path).with(request.tenant().member())).andExpect(jsonPath("$.certificateId").isNotEmpty());
	}

	@Test
	void aPlanWhoseRowsChangedIsAnsweredWithThePlanThatReplacesIt() throws Exception {
		Request request = request();
		JsonNode plan = plan(request);
		request.shop().database().execute("insert into orders (id, customer_id, total_cents) values (50, 4, 1)");

		mvc.perform(
				post(request.plans() + "/" + plan.get("id").asString() + "/execution").with(request.tenant().owner())
					.contentType(MediaType.APPLICATION_JSON)
					.content(execution(request.app(), plan.get("digest").asString())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:article28:problem:erasure-plan-changed"))
			.andExpect(jsonPath("$.plan.status").value("PLANNED"))
			.andExpect(jsonPath("$.plan.rows").value(6))
			.andExpect(jsonPath("$.plan.id").value(not(plan.get("id").asString())));
	}

	@Test
	void theRequestsPageShowsThePlanAndConfirmsIt() throws Exception {
		Request request = request();
		String page = "/organizations/" + request.tenant().id() + "/requests/" + request.id() + "/erasure";
		Cookie owner = SignIn.as(mvc, request.tenant().ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get(page).cookie(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No plan yet")));
		mvc.perform(post("/organizations/" + request.tenant().id() + "/requests/" + request.id() + "/data-plans")
			.cookie(owner)
			.with(csrf())).andExpect(status().is3xxRedirection());
		String shown = mvc.perform(get(page).cookie(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for your confirmation")))
			.andExpect(content().string(containsString("public.order_lines")))
			.andExpect(content().string(not(containsString(TOM))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher action = java.util.regex.Pattern
			.compile("action=\"([^\"]+/execution)\"[\\s\\S]*?name=\"digest\" value=\"([0-9a-f]{64})\"")
			.matcher(shown);
		org.assertj.core.api.Assertions.assertThat(action.find()).isTrue();

		mvc.perform(post(action.group(1)).cookie(owner)
			.with(csrf())
			.param("confirm", "not-the-app")
			.param("digest", action.group(2))).andExpect(flash().attributeExists("formError"));
		mvc.perform(post(action.group(1)).cookie(owner)
			.with(csrf())
			.param("confirm", request.app())
			.param("digest", action.group(2))).andExpect(flash().attribute("notice", "erasure.confirmed"));
		QueuedErasures.run(context);
		mvc.perform(get(page).cookie(owner))
			.andExpect(content().string(containsString("Erased and checked")))
			.andExpect(content().string(containsString("Attach the certificate to the answer")));
		mvc.perform(get(page).cookie(SignIn.as(mvc, request.tenant().memberEmail(), Tenants.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRestrictionRequestGetsARestrictionPlanByTheApi() throws Exception {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, Engine.EMBEDDED);
		shop.database().execute("alter table orders add column on_hold boolean");
		var owner = tenant.organization().id();
		dataMaps.requestDiscovery(owner, shop.store().id());
		io.article28.datastores.QueuedDiscoveries.run(context);
		dataMaps.declareSubject(owner, shop.store().id(), "public", "customers", List.of("email"));
		String columns = "/api/v1/organizations/" + tenant.id() + "/data-stores/" + shop.store().id()
				+ "/restriction-columns";
		String body = "{\"schema\":\"public\",\"table\":\"orders\",\"column\":\"on_hold\"}";
		mvc.perform(put(columns).with(tenant.member()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(put(columns).with(tenant.owner()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("FLAG"));
		mvc.perform(put(columns).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schema\":\"public\",\"table\":\"orders\",\"column\":\"total_cents\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("column"));
		mvc.perform(get(columns).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].column").value("on_hold"));
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		UUID request = requesters.restriction(app, TOM).id();
		String base = "/api/v1/organizations/" + tenant.id() + "/requests/" + request;

		mvc.perform(post(base + "/erasure-plans").with(tenant.owner())).andExpect(status().isConflict());
		JsonNode plan = json.readTree(mvc.perform(post(base + "/restriction-plans").with(tenant.owner()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith(base + "/restriction-plans/")))
			.andExpect(jsonPath("$.kind").value("RESTRICTION"))
			.andExpect(jsonPath("$.rows").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String path = base + "/restriction-plans/" + plan.get("id").asString();
		mvc.perform(get(base + "/erasure-plans/" + plan.get("id").asString()).with(tenant.member()))
			.andExpect(status().isNotFound());
		mvc.perform(post(path + "/execution").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(execution(app, plan.get("digest").asString()))).andExpect(status().isAccepted());
		QueuedErasures.run(context);
		mvc.perform(get(path).with(tenant.member())).andExpect(jsonPath("$.status").value("COMPLETED"));
		mvc.perform(delete(columns).param("schema", "public").param("table", "orders").with(tenant.owner()))
			.andExpect(status().isNoContent());
	}

	@Test
	void aRectificationIsPlannedAndRunWithTheSameValuesByTheApi() throws Exception {
		var tenant = tenants.create();
		var shop = stores.shop(tenant, Engine.EMBEDDED);
		dataMaps.declareSubject(tenant.organization().id(), shop.store().id(), "public", "customers", List.of("email"));
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		UUID request = requesters.rectification(app, TOM).id();
		String base = "/api/v1/organizations/" + tenant.id() + "/requests/" + request + "/rectification-plans";
		String changes = "[{\"table\":\"public.customers\",\"column\":\"full_name\",\"value\":\"Tom Petit-Jean\"}]";

		mvc.perform(post(base).with(tenant.member())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"changes\":" + changes + "}")).andExpect(status().isForbidden());
		mvc.perform(post(base).with(tenant.owner()).contentType(MediaType.APPLICATION_JSON).content("{\"changes\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("changes"));
		JsonNode plan = json.readTree(mvc
			.perform(post(base).with(tenant.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"changes\":" + changes + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("RECTIFICATION"))
			.andExpect(jsonPath("$.rows").value(1))
			.andExpect(jsonPath("$.valuesDigest").doesNotExist())
			.andExpect(content().string(not(containsString("Petit-Jean"))))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String execution = base + "/" + plan.get("id").asString() + "/execution";
		String confirm = "{\"confirm\":\"" + app + "\",\"digest\":\"" + plan.get("digest").asString()
				+ "\",\"changes\":";
		mvc.perform(post(execution).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(confirm + changes.replace("Petit-Jean", "Grand") + "}")).andExpect(status().isConflict());
		mvc.perform(post(execution).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content(confirm + changes + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		org.assertj.core.api.Assertions
			.assertThat(shop.database().text("select full_name from customers where email = '" + TOM + "'"))
			.isEqualTo("Tom Petit-Jean");
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

}
