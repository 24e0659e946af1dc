package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.ServerTest;
import io.article28.Tenants;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.TestStores;

/**
 * In a real browser: an owner opens its data stores, finds a person by an e-mail typed in
 * another case, and reads which tables hold their rows, with the first rows masked.
 */
@Tag("browser")
@ServerTest
class PersonSearchBrowserTests extends BrowserTestSupport {

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

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

	@AfterAll
	static void dropTheDatabases() throws java.sql.SQLException {
		CustomerDatabases.dropAll();
	}

}
