package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.ServerTest;
import io.article28.Tenants;
import io.article28.incidents.GovernmentDemand;

/**
 * The DPO registers a government demand in a real browser, and the owner of the
 * organization concerned finds it on its Government demands page.
 */
@Tag("browser")
@ServerTest
class GovernmentDemandBrowserTests extends BrowserTestSupport {

	@Autowired
	Tenants tenants;

	@Autowired
	Clock clock;

	@Test
	void theDpoRegistersADemandAndTheCustomerConcernedSeesIt() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		String authority = "Tribunal judiciaire de Lyon " + UUID.randomUUID().toString().substring(0, 8);

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Government demands"));
		assertThat(browser.text()).contains("No government demand concerning your data");
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Government demands"));
		browser.driver.findElement(By.id("authority")).sendKeys(authority);
		new Select(browser.driver.findElement(By.id("type"))).selectByValue("COURT_ORDER");
		browser.driver.findElement(By.id("receivedOn"))
			.sendKeys(GovernmentDemand.today(clock.instant()).minusDays(1).toString());
		browser.driver.findElement(By.id("reference")).sendKeys("RG 26/0815");
		browser.driver.findElement(By.id("dataConcerned")).sendKeys("Connection logs of the customer's apps");
		browser.driver.findElement(By.id("organizations")).sendKeys(tenant.organization().name());
		browser.driver.findElement(By.cssSelector("input[name=notice][value=NOTIFY]")).click();
		browser.screenshot("government-demand-form");
		browser.clickAndWait(By.id("register-demand"));
		assertThat(browser.text()).contains("The demand is registered, and the organizations concerned are told.",
				authority, tenant.organization().name(), "Told at registration");
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Government demands"));
		assertThat(browser.text()).contains(authority, "Court order", "RG 26/0815",
				"Connection logs of the customer's apps", "Open");
		browser.screenshot("government-demands-customer");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
