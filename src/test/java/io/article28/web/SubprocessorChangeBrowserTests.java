package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.article28.ServerTest;

/**
 * A change of sub-processor from end to end in a real browser: staff announce it, the
 * bakery objects within its window, staff uphold the objection, the public page shows the
 * change.
 */
@Tag("browser")
@ServerTest
class SubprocessorChangeBrowserTests extends BrowserTestSupport {

	@Test
	void staffAnnounceACustomerObjectsAndStaffUphold() throws Exception {
		String name = "Browser Mail " + UUID.randomUUID().toString().substring(0, 6);
		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.open("/staff/subprocessors/changes");
		browser.driver.findElement(By.id("change-summary")).sendKeys("Mail for the platform's notices");
		browser.driver.findElement(By.id("sp-name")).sendKeys(name);
		browser.driver.findElement(By.id("sp-contact")).sendKeys("dpo@browser-mail.example");
		browser.driver.findElement(By.id("sp-purpose")).sendKeys("Sending mail");
		browser.driver.findElement(By.id("sp-basis")).sendKeys("Contract");
		browser.driver.findElement(By.id("sp-data")).sendKeys("Email addresses");
		browser.driver.findElement(By.id("sp-country")).sendKeys("FR");
		browser.driver.findElement(By.id("sp-location")).sendKeys("Paris");
		browser.clickAndWait(By.cssSelector("#announce-heading ~ form button[type=submit]"));
		assertThat(browser.text()).contains("The change is announced", "New sub-processor: " + name);
		String changePage = browser.driver.getCurrentUrl();
		assertThat(browser.consoleErrors()).isEmpty();

		browser.clickAndWait(By.cssSelector("form.logout button"));
		browser.signIn("hugo@boulangerie.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Sub-processors"));
		String article = "//article[h2[contains(., '" + name + "')]]";
		assertThat(browser.driver.findElement(By.xpath(article)).getText()).contains("8 days left to object");
		browser.driver.findElement(By.xpath(article + "//input[@value='COMPETITOR']")).click();
		browser.screenshot("subprocessor-change-customer");
		browser.clickAndWait(By.xpath(article + "//form//button"));
		assertThat(browser.text()).contains("Your objection is recorded");
		assertThat(browser.driver.findElement(By.xpath(article)).getText()).contains("Objection under review");
		assertThat(browser.consoleErrors()).isEmpty();

		browser.clickAndWait(By.cssSelector("form.logout button"));
		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.driver.get(changePage + "?status=OBJECTED");
		browser.driver.findElement(By.cssSelector("form.inline-form input[name=reason]"))
			.sendKeys("The newcomer competes with the bakery");
		browser.clickAndWait(By.cssSelector("form.inline-form button[value=true]"));
		assertThat(browser.text()).contains("The objection is upheld");
		browser.screenshot("subprocessor-change-staff");
		assertThat(browser.consoleErrors()).isEmpty();

		browser.open("/subprocessors");
		assertThat(browser.text()).contains(name);
	}

}
