package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.SentMail;
import io.article28.ServerTest;
import io.article28.Tenants;

/**
 * In a real browser: the administrator reads the first-run checklist, adds a staff member
 * with two roles on the staff page, and the new staff member chooses its password from
 * the mailed link and signs in; then a forgotten password is reset from the sign-in page.
 */
@Tag("browser")
@ServerTest
class StaffBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "the staff member's own passphrase";

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorAddsAStaffMemberWhoChoosesItsPasswordFromTheLinkAndSignsIn() throws Exception {
		String email = "camille-" + UUID.randomUUID().toString().substring(0, 8) + "@nimbus.example";
		browser.signIn("ops@nimbus.example", DemoData.PASSWORD);
		browser.open("/staff");
		assertThat(browser.text()).contains("Before customers are invited",
				"Everything is in place: customers can be invited.");
		browser.clickAndWait(By.linkText("Staff members"));
		browser.driver.findElement(By.id("invite-name")).sendKeys("Camille Neuve");
		browser.driver.findElement(By.id("invite-email")).sendKeys(email);
		browser.driver.findElement(By.id("invite-role-DPO")).click();
		browser.driver.findElement(By.id("invite-role-SECURITY")).click();
		browser.screenshot("staff-invite");
		browser.clickAndWait(By.id("invite-submit"));
		assertThat(browser.text()).contains("The staff member was added and mailed the link to choose a password.",
				"Camille Neuve", email);
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.open(SentMail.passwordLink(jdbc, email, "staff-invitation"));
		assertThat(browser.text()).contains("Welcome: choose your password");
		browser.driver.findElement(By.id("new-password")).sendKeys(PASSWORD);
		browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text()).contains("Your password is set: sign in with it.");
		browser.signIn(email, PASSWORD);
		assertThat(browser.text()).contains("Incidents");
		assertThat(browser.driver.findElements(By.cssSelector(".site-header a[href='/staff/register']"))).hasSize(1);
		browser.screenshot("staff-invited-signed-in");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aForgottenPasswordIsResetFromTheSignInPage() throws Exception {
		String email = "forgetful-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
		accounts.createStaff(email, "Forgetful", io.article28.accounts.StaffRole.SUPPORT, Tenants.PASSWORD);
		browser.open("/login");
		browser.clickAndWait(By.linkText("Forgot your password?"));
		browser.driver.findElement(By.id("reset-email")).sendKeys(email);
		browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text())
			.contains("If this address has an account, a link to choose a new password is on its way.");

		browser.open(SentMail.passwordLink(jdbc, email, "password-reset"));
		assertThat(browser.text()).contains("Choose a new password");
		browser.driver.findElement(By.id("new-password")).sendKeys(PASSWORD);
		browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		browser.signIn(email, PASSWORD);
		assertThat(browser.text()).contains("Staff area");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Autowired
	io.article28.accounts.AccountManagement accounts;

}
