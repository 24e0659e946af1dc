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
import io.article28.datarights.QueuedPersonExports;
import io.article28.datarights.Requesters;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataStore;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;

/**
 * In a real browser: an owner opens its data stores, finds a person by an e-mail typed in
 * another case, and reads which tables hold their rows, with the first rows masked; from
 * a rights request, it finds the requester and attaches their data to the answer, which
 * the person finds on its private page.
 */
@Tag("browser")
@ServerTest
class PersonSearchBrowserTests extends BrowserTestSupport {

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

	@Test
	void anOwnerFindsAPersonAcrossTheTablesOfItsStore() throws Exception {
		var tenant = tenants.create();
		stores.discoveredShop(tenant);

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Data stores"));
		browser.clickAndWait(By.id("find-person"));
		browser.driver.findElement(By.id("identities")).sendKeys("Nadia.Haddad@Example.com");
		browser.clickAndWait(By.id("search-submit"));
		assertThat(browser.driver.findElement(By.id("found")).getText()).contains("row(s) belong to this person");
		String result = browser.driver.findElement(By.id("result")).getText();
		assertThat(result)
			.contains("public.customers", "public.order_lines", "n•••@e•••.com",
					"public.order_lines.order_id → public.orders.id")
			.doesNotContain("nadia.haddad", "Nadia Haddad");
		browser.screenshot("person-search");
		assertThat(browser.accessibilityViolations()).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();

		browser.driver.findElement(By.id("identities")).clear();
		browser.driver.findElement(By.id("identities")).sendKeys("nobody@example.net");
		browser.clickAndWait(By.id("search-submit"));
		assertThat(browser.driver.findElement(By.id("not-found")).getText())
			.isEqualTo("No row of the data stores belongs to this person.");
	}

	@Test
	void anOwnerAttachesTheRequestersDataAndThePersonDownloadsIt() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		String app = platform.app(store.appId()).orElseThrow().name();
		String requester = "ines.robert@example.fr";
		Requesters.Confirmed confirmed = requesters.access(app, requester);
		UUID request = confirmed.id();
		String statusToken = confirmed.statusToken();

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Requests"));
		browser.clickAndWait(By.id("find-" + request));
		assertThat(browser.driver.findElement(By.id("identities")).getDomProperty("value")).isEqualTo(requester);
		browser.clickAndWait(By.id("search-submit"));
		assertThat(browser.driver.findElement(By.id("found")).getText()).contains("row(s) belong to this person");
		browser.clickAndWait(By.id("export-submit"));
		assertThat(browser.text()).contains("The export is queued");
		QueuedPersonExports.run(context);
		browser.open("/organizations/" + tenant.id() + "/data-stores/search?request=" + request);
		assertThat(browser.driver.findElement(By.id("export-list")).getText()).contains("attached to the answer",
				"5 table(s), 5 row(s)");
		browser.screenshot("person-export");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.driver.manage().deleteAllCookies();

		browser.open("/rights/" + request + "?token=" + statusToken);
		assertThat(browser.driver.findElement(By.id("attachments")).getText()).contains("personal-data-");
	}

	@AfterAll
	static void dropTheDatabases() throws java.sql.SQLException {
		CustomerDatabases.dropAll();
	}

}
