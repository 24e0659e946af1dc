package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.ServerTest;
import io.article28.Tenants;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.TestStores;
import io.article28.accounts.UserId;
import io.article28.incidents.BreachScope;
import io.article28.incidents.IncidentManagement;
import io.article28.incidents.IncidentSeverity;

/**
 * In a real browser: the security staff tell the customers of a breach in osc-fr1 from
 * the incident's page and watch it done; Civic Data Lab's owner finds it with its
 * countdown, chooses its authority, completes the draft and saves it as version 1. A
 * breach that names a customer's data store shows its owner what the store holds.
 */
@Tag("browser")
@ServerTest
class BreachBrowserTests extends BrowserTestSupport {

	@Autowired
	IncidentManagement incidents;

	@Autowired
	Clock clock;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@Test
	void staffTellTheCustomersAndAnOwnerCompletesItsNotificationToTheAuthority() throws Exception {
		String title = "Object storage exposed " + UUID.randomUUID().toString().substring(0, 8);
		UUID id = breachInOscFr1(title);

		browser.signIn("security@nimbus.example", DemoData.PASSWORD);
		browser.open("/staff/incidents/" + id);
		assertThat(browser.text()).contains("No customer has been told of this breach yet.", "Civic Data Lab");
		browser.clickAndWait(By.xpath("//button[text()='Tell the affected customers']"));
		assertThat(browser.text()).contains("The affected customers are being told");
		new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(page -> {
			browser.open("/staff/incidents/" + id);
			return browser.text().contains("Done");
		});
		browser.screenshot("breach-staff-told");
		browser.driver.manage().deleteAllCookies();

		// the customer's computer is three days ahead: the countdown still runs from the
		// server's time
		browser.shiftClock(Duration.ofDays(3));
		browser.signIn("nadia@civicdata.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Breaches"));
		assertThat(browser.text()).contains(title, "civic-open-data");
		browser.clickAndWait(By.linkText(title));
		assertThat(browser.text()).contains("Your 72-hour clock", "min left", "Still to complete:",
				"privacy@civicdata.example");
		assertThat(browser.driver.findElement(By.cssSelector("#clock .countdown")).getText())
			.matches("7[01] h \\d+ min left");
		new Select(browser.driver.findElement(By.id("authority"))).selectByValue("FR");
		var people = browser.driver.findElement(By.id("approximatePeople"));
		people.clear();
		people.sendKeys("250");
		browser.clickAndWait(By.xpath("//button[text()='Save as a new version']"));
		assertThat(browser.text()).contains("The draft is saved as a new version.", "Version 1, saved")
			.doesNotContain("Still to complete:");
		assertThat(browser.driver.findElement(By.linkText("Download as PDF")).getAttribute("href"))
			.contains("/authority-notification?format=pdf");
		browser.screenshot("breach-customer-draft");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void staffNameACustomersDataStoreAndItsOwnerFindsWhatItHoldsInItsDraft() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		String title = "Database dump leaked " + UUID.randomUUID().toString().substring(0, 8);
		Instant now = clock.instant();
		UUID id = incidents
			.declare(title, "A dump of a customer database was found online", IncidentSeverity.HIGH,
					now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), new UserId(UUID.randomUUID()))
			.id();

		browser.signIn("security@nimbus.example", DemoData.PASSWORD);
		browser.open("/staff/incidents/" + id);
		browser.driver.findElement(By.cssSelector("input[name='breach'][value='true']")).click();
		browser.driver.findElement(By.id("dataStoreIds")).sendKeys(store.id().toString());
		browser.driver.findElement(By.id("windowFrom"))
			.sendKeys(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.withZone(ZoneOffset.UTC)
				.format(now.minus(Duration.ofDays(1))));
		browser.driver.findElement(By.id("dataCategories")).sendKeys("customer records");
		browser.driver.findElement(By.id("consequences")).sendKeys("Identity theft");
		browser.driver.findElement(By.id("measures")).sendKeys("Credentials rotated");
		browser.clickAndWait(By.xpath("//button[text()='Record the assessment']"));
		assertThat(browser.text()).contains("Shop (EMBEDDED, " + store.id() + ")", tenant.organization().name());
		browser.clickAndWait(By.xpath("//button[text()='Tell the affected customers']"));
		new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(page -> {
			browser.open("/staff/incidents/" + id);
			return browser.text().contains("Done");
		});
		browser.driver.manage().deleteAllCookies();

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Breaches"));
		browser.clickAndWait(By.linkText(title));
		assertThat(browser.driver.findElement(By.id("breach-stores")).getText()).contains("Shop", "e-mail address",
				"date of birth", "about 6 people (public.customers)");
		assertThat(browser.driver.findElement(By.id("nature")).getDomProperty("value"))
			.contains("Our data store Shop: categories found: e-mail address");
		assertThat(browser.driver.findElement(By.id("approximatePeople")).getDomProperty("value")).isEqualTo("6");
		browser.screenshot("breach-customer-data-stores");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@AfterAll
	static void dropTheDatabases() throws java.sql.SQLException {
		CustomerDatabases.dropAll();
	}

	private UUID breachInOscFr1(String title) {
		Instant now = clock.instant();
		var incident = incidents.declare(title, "A storage bucket was readable without credentials",
				IncidentSeverity.HIGH, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)),
				new UserId(UUID.randomUUID()));
		incidents.assessAsBreach(incident.id(),
				new BreachScope(List.of("osc-fr1"), List.of(), List.of("object storage"), now.minus(Duration.ofDays(1)),
						now.minus(Duration.ofHours(3)), List.of("contact data"), 800L, 2400L, "Phishing of users",
						"Bucket closed, access keys rotated"));
		return incident.id();
	}

}
