package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.article28.ServerTest;
import io.article28.datastores.QueuedDiscoveries;
import io.article28.accounts.UserId;
import io.article28.core.LegalCalendar;
import io.article28.incidents.BreachScope;
import io.article28.incidents.IncidentManagement;
import io.article28.incidents.IncidentSeverity;

/**
 * In a real browser: the DPO adds a processing activity on the register page and issues a
 * link for a supervisory authority; the authority, in a browser of its own without a
 * session, reads the register (with the personal data found in the customers' data
 * stores) and the breach register with it, until the DPO revokes it.
 */
@Tag("browser")
@ServerTest
class RegisterBrowserTests extends BrowserTestSupport {

	@Autowired
	IncidentManagement incidents;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void theDpoAddsAnActivityAndAnAuthorityReadsBothRegistersUntilTheLinkIsRevoked() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String purpose = "Status page subscriptions " + suffix;
		String title = "Database snapshot exposed " + suffix;
		String authority = "CNIL " + suffix;
		breach(title);
		QueuedDiscoveries.run(context);

		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Register of processing"));
		fill("dataSubjects", "Subscribers of the status page");
		fill("purpose", purpose);
		fill("nature", "Collection and storage of email addresses");
		fill("legalBasis", "Consent");
		fill("dataCategories", "Email addresses");
		fill("retention", "Until unsubscribed");
		browser.clickAndWait(By.xpath("//button[text()='Add the activity']"));
		assertThat(browser.text()).contains("The processing activity is added to the register.", purpose,
				"Until unsubscribed");
		browser.screenshot("register-activity-added");

		browser.driver.findElement(By.id("authority")).sendKeys(authority);
		// dates are typed as the product writes them, ISO, whatever the browser's
		// language
		WebElement expiresOn = browser.driver.findElement(By.id("expiresOn"));
		assertThat(expiresOn.getAttribute("placeholder")).isEqualTo("YYYY-MM-DD");
		expiresOn.sendKeys(LocalDate.now(clock.withZone(LegalCalendar.ZONE)).plusDays(14).toString());
		browser.clickAndWait(By.xpath("//button[text()='Issue the link']"));
		assertThat(browser.text()).contains("The link is issued.", authority);
		String link = browser.driver.findElement(By.id("issued-link")).getText();
		String path = link.substring(link.indexOf("/authority/"));
		assertThat(browser.consoleErrors()).isEmpty();

		try (Browser stranger = new Browser(port)) {
			stranger.open(path);
			assertThat(stranger.text()).contains("This read-only access was issued for " + authority)
				.doesNotContain("Sign out", "Staff");
			stranger.clickAndWait(By.id("read-register"));
			assertThat(stranger.text()).contains("Nimbus PaaS SAS", purpose, "Boulangerie Numérique SARL",
					"Stripe Payments Europe Ltd", "flagged: ", "Personal data found in its data stores",
					"acme-website / Shop database");
			stranger.screenshot("register-authority-register");
			stranger.clickAndWait(By.linkText("Back to the access"));
			stranger.clickAndWait(By.id("read-breach-register"));
			assertThat(stranger.text()).contains("Breach register", title, "Snapshot made private");
			stranger.screenshot("register-authority-breaches");
			assertThat(stranger.consoleErrors()).isEmpty();

			browser.open("/staff/register");
			browser.clickAndWait(By.xpath("//tr[td[text()='" + authority + "']]//button[text()='Revoke']"));
			assertThat(browser.text()).contains("The link is revoked");

			stranger.open(path);
			assertThat(stranger.text()).contains("Access ended", "expired or was revoked");
			stranger.open(path + "/register?format=html");
			assertThat(stranger.text()).contains("Access ended").doesNotContain(purpose);
			stranger.screenshot("register-authority-gone");
		}
	}

	private void fill(String field, String value) {
		browser.driver.findElement(By.cssSelector("#activity-new [name=" + field + "]")).sendKeys(value);
	}

	private void breach(String title) {
		Instant now = clock.instant();
		var incident = incidents.declare(title, "A database snapshot was shared publicly", IncidentSeverity.HIGH,
				now.minus(Duration.ofHours(6)), now.minus(Duration.ofHours(5)), new UserId(UUID.randomUUID()));
		incidents.assessAsBreach(incident.id(),
				new BreachScope(List.of("osc-fr1"), List.of(), List.of("managed PostgreSQL"),
						now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(6)), List.of("contact data"), 40L,
						90L, "Unwanted mail to the people", "Snapshot made private"));
	}

}
