package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.article28.ServerTest;
import io.article28.Tenants;
import io.article28.datarights.QueuedErasures;
import io.article28.datarights.Requesters;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataStore;
import io.article28.datastores.QueuedDiscoveries;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;

/**
 * In a real browser: from an erasure request, the owner computes the plan, reads its
 * statements and their rows, confirms it by typing the app's name, and once it ran reads
 * that the store was erased and checked and attaches the certificate, which the person
 * finds on its private page.
 */
@Tag("browser")
@ServerTest
class ErasureBrowserTests extends BrowserTestSupport {

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	PlatformManagement platform;

	@Autowired
	Requesters requesters;

	@Autowired
	ApplicationContext context;

	@Autowired
	io.article28.datastores.DataMapManagement dataMaps;

	@Test
	void anOwnerErasesTheRequesterWithThePlanShown() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		String app = platform.app(store.appId()).orElseThrow().name();
		Requesters.Confirmed confirmed = requesters.erasure(app, "paul.richard@example.net");
		UUID request = confirmed.id();

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Requests"));
		browser.clickAndWait(By.id("erase-" + request));
		assertThat(browser.driver.findElement(By.id("no-plan")).getText()).contains("No plan yet");
		browser.clickAndWait(By.id("plan-submit"));
		assertThat(browser.driver.findElement(By.id("plan-status")).getText())
			.isEqualTo("Waiting for your confirmation");
		assertThat(browser.driver.findElement(By.id("plan")).getText()).contains("public.order_lines",
				"public.customers", "Delete");
		browser.screenshot("erasure-plan");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();

		browser.driver.findElement(By.id("confirm-name")).sendKeys(app);
		browser.clickAndWait(By.id("confirm-submit"));
		assertThat(browser.text()).contains("The erasure is confirmed");
		assertThat(QueuedErasures.run(context)).isPositive();
		browser.open("/organizations/" + tenant.id() + "/requests/" + request + "/erasure");
		assertThat(browser.driver.findElement(By.id("plan-status")).getText()).isEqualTo("Erased and checked");
		assertThat(browser.driver.findElement(By.id("plan")).getText())
			.contains("Erased, and the same search found nothing left");
		browser.clickAndWait(By.id("certificate-submit"));
		assertThat(browser.driver.findElement(By.id("certificate-attached")).getText())
			.contains("attached to the answer");
		browser.clickAndWait(By.linkText("Suppression list of the app"));
		assertThat(browser.driver.findElement(By.id("listed")).getText()).isEqualTo("1 erased person(s)");
		browser.clickAndWait(By.id("replay-submit"));
		assertThat(browser.driver.findElement(By.id("replay-back")).getText())
			.isEqualTo("None of the erased people is back.");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.driver.manage().deleteAllCookies();

		browser.open("/rights/" + request + "?token=" + confirmed.statusToken());
		assertThat(browser.driver.findElement(By.id("attachments")).getText()).contains("erasure-certificate-");
	}

	@Test
	void anOwnerNamesARestrictionColumnAndRestrictsTheRequestersProcessing() throws Exception {
		var tenant = tenants.create();
		var owner = tenant.organization().id();
		TestStores.Shop shop = stores.shop(tenant, io.article28.datastores.Engine.EMBEDDED);
		shop.database().execute("alter table customers add column restricted_at timestamp null");
		dataMaps.requestDiscovery(owner, shop.store().id());
		QueuedDiscoveries.run(context);
		dataMaps.declareSubject(owner, shop.store().id(), "public", "customers", java.util.List.of("email"));
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		UUID request = requesters.restriction(app, "tom.petit@example.org").id();

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.open("/organizations/" + tenant.id() + "/data-stores/" + shop.store().id());
		new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("restriction-table")))
			.selectByVisibleText("public.customers");
		browser.driver.findElement(By.id("restriction-column")).sendKeys("restricted_at");
		browser.clickAndWait(By.id("restriction-submit"));
		assertThat(browser.text()).contains("The restriction column is named.");
		assertThat(browser.driver.findElement(By.id("paths")).getText()).contains("restricted_at");

		browser.clickAndWait(By.linkText("Requests"));
		browser.clickAndWait(By.id("restrict-" + request));
		browser.clickAndWait(By.id("plan-submit"));
		assertThat(browser.driver.findElement(By.id("plan")).getText()).contains("Restrict", "public.customers");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.driver.findElement(By.id("confirm-name")).sendKeys(app);
		browser.clickAndWait(By.id("confirm-submit"));
		assertThat(QueuedErasures.run(context)).isPositive();
		browser.open("/organizations/" + tenant.id() + "/requests/" + request + "/restriction");
		assertThat(browser.driver.findElement(By.id("plan-status")).getText()).isEqualTo("Restricted and checked");
	}

	@Test
	void anOwnerRectifiesTheRequestersNameWithThePlanShown() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		String app = platform.app(store.appId()).orElseThrow().name();
		UUID request = requesters.rectification(app, "ines.robert@example.fr").id();

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Requests"));
		browser.clickAndWait(By.id("rectify-" + request));
		browser.driver.findElement(By.id("changes")).sendKeys("public.customers.full_name: Inès Robert-Martin");
		browser.clickAndWait(By.id("plan-submit"));
		assertThat(browser.driver.findElement(By.id("plan")).getText()).contains("Rectify", "public.customers",
				"full_name → the new value");
		assertThat(browser.driver.findElement(By.id("before-after")).getText()).contains("Inès Robert",
				"Inès Robert-Martin");
		assertThat(browser.driver.findElement(By.id("confirm-changes")).getDomProperty("value"))
			.contains("Inès Robert-Martin");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.driver.findElement(By.id("confirm-name")).sendKeys(app);
		browser.clickAndWait(By.id("confirm-submit"));
		assertThat(browser.driver.findElement(By.id("plan-status")).getText()).isEqualTo("Rectified and checked");
	}

	@AfterAll
	static void dropTheDatabases() throws java.sql.SQLException {
		CustomerDatabases.dropAll();
	}

}
