package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.article28.ServerTest;
import io.article28.Tenants;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreId;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.Engine;
import io.article28.datastores.QueuedDiscoveries;
import io.article28.datastores.ShopSchema;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;

/**
 * An owner opens its data stores, checks the one the platform provisioned and sees it
 * connected with its server's version, then adds one of its own that nothing answers at,
 * and reads why on its row.
 */
@Tag("browser")
@ServerTest
class DataStoreBrowserTests extends BrowserTestSupport {

	@Autowired
	Tenants tenants;

	@Autowired
	PlatformManagement platform;

	@Autowired
	DataStoreManagement dataStores;

	@Autowired
	ApplicationContext context;

	@Test
	void anOwnerChecksAStoreThenAddsOneAndReadsWhyItCannotBeReached() throws Exception {
		var tenant = tenants.create();
		App app = platform.registerApp(tenant.organization().id(), "ds-" + UUID.randomUUID().toString().substring(0, 8),
				"osc-fr1", null);
		var database = CustomerDatabases.create(Engine.EMBEDDED);
		ShopSchema.create(database);
		DataStore provisioned = dataStores
			.provision(tenant.organization().id(), app.id(), new DataStoreId(UUID.randomUUID()),
					database.definition("Shop"), CustomerDatabases.PASSWORD)
			.store();

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Data stores"));
		assertThat(browser.text()).contains("Shop", app.name(), "Not checked yet");
		browser.clickAndWait(By.cssSelector("#store-" + provisioned.id() + " button.check-store"));
		assertThat(browser.text()).contains("Connected to the data store.", "H2");

		browser.clickAndWait(By.linkText("Shop"));
		browser.clickAndWait(By.id("discover"));
		assertThat(browser.text()).contains("The discovery is queued", "Discovery queued");
		QueuedDiscoveries.run(context);
		browser.open("/organizations/" + tenant.id() + "/data-stores/" + provisioned.id());
		assertThat(browser.text()).contains("9 tables, 36 columns", "public.customers", "public.order_lines",
				"order_id, line_no → order_lines (order_id, line_no)");
		new Select(browser.driver.findElement(By.id("subject-table"))).selectByValue("public.customers");
		browser.driver.findElement(By.id("subject-columns")).sendKeys("email, id");
		browser.clickAndWait(By.id("declare-subject"));
		assertThat(browser.text()).contains("The subject is declared", "identified by email, id",
				"public.order_lines.order_id → public.orders.id", "public.orders.customer_id → public.customers.id");
		assertThat(browser.driver.findElement(By.id("flags")).getText()).contains("public.audit_log");
		browser.driver.findElement(By.id("link-from")).sendKeys("public.audit_log.actor_email");
		browser.driver.findElement(By.id("link-to")).sendKeys("public.customers.email");
		browser.clickAndWait(By.id("declare-link"));
		assertThat(browser.driver.findElement(By.id("paths")).getText())
			.contains("public.audit_log.actor_email → public.customers.email");
		browser.screenshot("data-store");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickAndWait(By.id("columns-link"));
		assertThat(browser.text()).contains("public.customers.email", "e-mail address", "the name says email");
		new Select(browser.driver.findElement(By.id("category-0"))).selectByValue("NONE");
		browser.clickAndWait(By.cssSelector("#column-0 button"));
		assertThat(browser.text()).contains("The column's category is saved");
		browser.screenshot("data-store-columns");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.clickAndWait(By.linkText("Shop"));
		browser.clickAndWait(By.linkText("All data stores"));

		browser.driver.findElement(By.id("store-label")).sendKeys("Orders");
		new Select(browser.driver.findElement(By.id("store-engine"))).selectByValue("MARIADB");
		browser.driver.findElement(By.id("store-host")).sendKeys("127.0.0.1");
		browser.driver.findElement(By.id("store-port")).sendKeys(String.valueOf(closedPort()));
		browser.driver.findElement(By.id("store-database")).sendKeys("orders");
		browser.driver.findElement(By.id("store-username")).sendKeys("reader");
		browser.driver.findElement(By.id("store-password")).sendKeys("typed-in-the-browser");
		new Select(browser.driver.findElement(By.id("store-tls"))).selectByValue("DISABLE");
		browser.clickAndWait(By.id("add-store-submit"));
		assertThat(browser.text()).contains("The data store is added.", "Orders")
			.doesNotContain("typed-in-the-browser");

		DataStore added = dataStores.stores(tenant.organization().id(), io.article28.core.PageRequest.of(0, 10))
			.items()
			.stream()
			.filter(store -> store.definition().label().equals("Orders"))
			.findFirst()
			.orElseThrow();
		browser.clickAndWait(By.cssSelector("#store-" + added.id() + " button.check-store"));
		assertThat(browser.driver.findElement(By.id("store-" + added.id())).getText())
			.contains("unreachable: nothing accepts connections at this host and port");
		browser.screenshot("data-stores");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
		CustomerDatabases.drop(database);
	}

	private static int closedPort() throws java.io.IOException {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
