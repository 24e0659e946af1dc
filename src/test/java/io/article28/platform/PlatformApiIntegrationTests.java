package io.article28.platform;

import static io.article28.Tenants.staffAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.PageRequest;

@IntegrationTest
class PlatformApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	PlatformManagement platform;

	@Test
	void theDemoRegionsAreListed() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/api/v1/regions").with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'osc-fr1')].providerRegion").value("eu-west-2"))
			.andExpect(jsonPath("$[?(@.code == 'osc-secnum-fr1')].providerRegion").value("cloudgouv-eu-west-1"));
	}

	@Test
	void thePlatformDefinesARegionThenUpdatesIt() throws Exception {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		String body = "{\"infrastructureProvider\":\"Infra\",\"providerRegion\":\"r1\",\"datacenters\":[\"Lyon\"],"
				+ "\"backupLocation\":\"Lyon vault\"}";
		mvc.perform(
				put("/api/v1/regions/" + code).with(staffAdmin()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(put("/api/v1/regions/" + code).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("r1", "r2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.providerRegion").value("r2"));
	}

	@Test
	void customersCannotDefineRegions() throws Exception {
		var tenant = tenants.create();
		mvc.perform(put("/api/v1/regions/sneaky").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"infrastructureProvider\":\"I\",\"providerRegion\":\"r\",\"datacenters\":[\"X\"],"
					+ "\"backupLocation\":\"Y\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAppInAnUnknownRegionIsRefusedNamingTheRegion() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + tenant.id() + "/apps").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"app-" + tag() + "\",\"region\":\"mars-1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("region"));
		assertThat(platform.apps(tenant.organization().id(), PageRequest.of(0, 10)).totalItems()).isZero();
	}

	@Test
	void thePlatformProvisionsAnAppAndTheCustomerSeesIt() throws Exception {
		var tenant = tenants.create();
		String name = "app-" + tag();
		mvc.perform(post("/api/v1/organizations/" + tenant.id() + "/apps").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"region\":\"osc-fr1\",\"contactUrl\":\"https://t.example/privacy\"}"))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/apps").with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value(name))
			.andExpect(jsonPath("$.items[0].contactUrl").value("https://t.example/privacy"));
	}

	@Test
	void appNamesAreUniqueOnThePlatform() throws Exception {
		var first = tenants.create();
		var second = tenants.create();
		String name = "app-" + tag();
		platform.registerApp(first.organization().id(), name, "osc-fr1", null);
		mvc.perform(post("/api/v1/organizations/" + second.id() + "/apps").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"region\":\"osc-fr1\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void thePlatformProvisionsAnAppWithItsDomainsAndReplacesThemAndADomainIsOnOneAppOnly() throws Exception {
		var tenant = tenants.create();
		String tag = tag();
		String created = mvc
			.perform(post("/api/v1/organizations/" + tenant.id() + "/apps").with(staffAdmin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"shop-" + tag + "\",\"region\":\"osc-fr1\",\"domains\":[\"Shop-" + tag
						+ ".example\",\"www.shop-" + tag + ".example\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.domains[0]").value("shop-" + tag + ".example"))
			.andExpect(jsonPath("$.domains[1]").value("www.shop-" + tag + ".example"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String app = com.jayway.jsonpath.JsonPath.read(created, "$.id");
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/apps").with(tenant.member()))
			.andExpect(jsonPath("$.items[0].domains.length()").value(2));
		assertThat(platform.appAddressed("https://www.SHOP-" + tag + ".example/contact").map(App::name))
			.contains("shop-" + tag);

		// another app of another organization cannot take it: 409, and nothing is written
		var other = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + other.id() + "/apps").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"other-" + tag + "\",\"region\":\"osc-fr1\",\"domains\":[\"shop-" + tag
					+ ".example\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("domains"));
		assertThat(platform.appNamed("other-" + tag)).isEmpty();
		mvc.perform(post("/api/v1/organizations/" + other.id() + "/apps").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"other-" + tag + "\",\"region\":\"osc-fr1\",\"domains\":[\"not a host\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("domains"));

		String domains = "/api/v1/organizations/" + tenant.id() + "/apps/" + app + "/domains";
		mvc.perform(
				put(domains).with(tenant.member()).contentType(MediaType.APPLICATION_JSON).content("{\"domains\":[]}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/organizations/" + other.id() + "/apps/" + app + "/domains").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"domains\":[]}")).andExpect(status().isNotFound());
		mvc.perform(put(domains).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"domains\":[\"boutique-" + tag + ".example\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.domains[0]").value("boutique-" + tag + ".example"));
		assertThat(platform.appAddressed("boutique-" + tag + ".example").map(App::name)).contains("shop-" + tag);
		assertThat(platform.appAddressed("www.shop-" + tag + ".example")).isEmpty();
		mvc.perform(put(domains).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"domains\":[\"acme-health.example\"]}")).andExpect(status().isConflict());
	}

	@Test
	void aContactUrlMustBeAWebAddress() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + tenant.id() + "/apps").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"app-" + tag() + "\",\"region\":\"osc-fr1\",\"contactUrl\":\"javascript:alert(1)\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactUrl"));
	}

	@Test
	void aMemberCannotProvisionApps() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/" + tenant.id() + "/apps").with(tenant.member())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"app-" + tag() + "\",\"region\":\"osc-fr1\"}")).andExpect(status().isForbidden());
	}

	@Test
	void anInvoiceIsCreatedThenItsStatusUpdated() throws Exception {
		var tenant = tenants.create();
		String uri = "/api/v1/organizations/" + tenant.id() + "/invoices/INV-" + tag();
		String body = "{\"amountCents\":1999,\"currency\":\"eur\",\"dueDate\":\"2026-12-31\",\"status\":\"UNPAID\"}";
		mvc.perform(put(uri).with(staffAdmin()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.currency").value("EUR"));
		assertThat(platform.hasUnpaidInvoices(tenant.organization().id())).isTrue();
		mvc.perform(put(uri).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("UNPAID", "PAID"))).andExpect(status().isOk());
		assertThat(platform.hasUnpaidInvoices(tenant.organization().id())).isFalse();
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/invoices").with(tenant.member()))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].status").value("PAID"));
	}

	@Test
	void customersCannotSetTheirOwnInvoices() throws Exception {
		var tenant = tenants.create();
		mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/invoices/INV-" + tag()).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amountCents\":0,\"currency\":\"EUR\",\"dueDate\":\"2026-12-31\",\"status\":\"PAID\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anInvoiceWithAnUnknownStatusOrCurrencyIsRefused() throws Exception {
		var tenant = tenants.create();
		String uri = "/api/v1/organizations/" + tenant.id() + "/invoices/INV-" + tag();
		mvc.perform(put(uri).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amountCents\":10,\"currency\":\"EUR\",\"dueDate\":\"2026-12-31\",\"status\":\"LATE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(put(uri).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amountCents\":10,\"currency\":\"XYZ1\",\"dueDate\":\"2026-12-31\",\"status\":\"PAID\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currency"));
		mvc.perform(put(uri).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amountCents\":-1,\"currency\":\"EUR\",\"dueDate\":\"2026-12-31\",\"status\":\"PAID\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amountCents"));
		assertThat(platform.invoices(tenant.organization().id(), PageRequest.of(0, 10)).totalItems()).isZero();
	}

	@Test
	void anInvoiceNumberOfAnotherOrganizationIsAConflict() throws Exception {
		var first = tenants.create();
		var second = tenants.create();
		String number = "INV-" + tag();
		String body = "{\"amountCents\":10,\"currency\":\"EUR\",\"dueDate\":\"2026-12-31\",\"status\":\"PAID\"}";
		mvc.perform(put("/api/v1/organizations/" + first.id() + "/invoices/" + number).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
		mvc.perform(put("/api/v1/organizations/" + second.id() + "/invoices/" + number).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isConflict());
	}

	@Test
	void anotherTenantsAppsAndInvoicesAreNotFound() throws Exception {
		var mine = tenants.create();
		var theirs = tenants.create();
		mvc.perform(get("/api/v1/organizations/" + theirs.id() + "/apps").with(mine.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/" + theirs.id() + "/invoices").with(mine.owner()))
			.andExpect(status().isNotFound());
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
