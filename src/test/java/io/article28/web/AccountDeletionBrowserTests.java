package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.article28.ServerTest;

/**
 * An owner asks for the account's deletion in a real browser, sees the purge date on
 * every page while the return period runs (readable: axe-core finds nothing at 1280 and
 * 320 px wide), and cancels. The bakery: its invoices are paid (another browser test
 * imports an unpaid one for Civic Data Lab).
 */
@Tag("browser")
@ServerTest
class AccountDeletionBrowserTests extends BrowserTestSupport {

	@Test
	void anOwnerSchedulesTheDeletionSeesTheDateEverywhereAndCancels() throws Exception {
		browser.signIn("hugo@boulangerie.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Your data"));
		assertThat(browser.text()).contains("Delete the account", "30 days");
		browser.driver.findElement(By.name("confirm")).click();
		browser.clickAndWait(By.id("request-deletion"));
		assertThat(browser.text()).contains("The deletion is scheduled", "The account will be purged on");
		browser.screenshot("account-deletion-scheduled");

		browser.clickAndWait(By.linkText("Dashboard"));
		assertThat(browser.driver.findElement(By.id("deletion-banner")).getText())
			.contains("This account will be deleted on");
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.width(320);
		assertThat(browser.accessibilityViolations()).isEmpty();
		browser.width(1280);
		browser.clickAndWait(By.cssSelector("#deletion-banner a"));
		browser.clickAndWait(By.id("cancel-deletion"));
		assertThat(browser.text()).contains("The deletion is cancelled");
		assertThat(browser.driver.findElements(By.id("deletion-banner"))).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
