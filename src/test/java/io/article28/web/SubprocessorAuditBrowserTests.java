package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.ServerTest;
import io.article28.core.LegalCalendar;
import io.article28.subprocessors.NewSubprocessor;
import io.article28.subprocessors.SubprocessorManagement;
import io.article28.subprocessors.TransferSafeguard;

/**
 * The audits of a sub-processor in a real browser: the DPO records one, Acme's owner asks
 * for confirmation of the last audit, the DPO answers from the queue, and the owner reads
 * the date and the statement.
 */
@Tag("browser")
@ServerTest
class SubprocessorAuditBrowserTests extends BrowserTestSupport {

	@Autowired
	SubprocessorManagement register;

	@Autowired
	Clock clock;

	@Test
	void theDpoRecordsAnAuditAndConfirmsItToTheCustomerWhoAsked() throws Exception {
		String name = "Browser Backup " + UUID.randomUUID().toString().substring(0, 6);
		register.register(new NewSubprocessor(name, "dpo@browser-backup.example", "Backups", "Contract",
				"Database backups", "FR", "Lille", TransferSafeguard.NONE, null, List.of(), List.of()));
		LocalDate audited = LocalDate.ofInstant(clock.instant(), LegalCalendar.ZONE).minusDays(2);

		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Sub-processors"));
		browser.clickAndWait(By.xpath("//tr[td[contains(., '" + name + "')]]//a[text()='Audits']"));
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]",
				browser.driver.findElement(By.id("audit-date")), audited.toString());
		browser.driver.findElement(By.id("audit-auditor")).sendKeys("Audit Firm SA");
		browser.driver.findElement(By.id("audit-outcome")).sendKeys("No finding on the backup encryption");
		browser.clickAndWait(By.cssSelector("#record-heading ~ form button[type=submit]"));
		assertThat(browser.text()).contains("The audit is recorded", audited.toString(), "Audit Firm SA");
		browser.screenshot("subprocessor-audits-staff");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.clickAndWait(By.cssSelector("form.logout button"));

		String question = "Was the backup provider audited this year? " + name;
		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Sub-processors"));
		browser.clickAndWait(By.linkText("Audits of our sub-processors"));
		new Select(browser.driver.findElement(By.id("confirmation-subprocessor"))).selectByVisibleText(name);
		browser.driver.findElement(By.id("confirmation-question")).sendKeys(question);
		browser.clickAndWait(By.cssSelector("#ask-heading ~ form button[type=submit]"));
		assertThat(browser.text()).contains("Your request is sent", question, "Awaiting our answer");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Sub-processors"));
		browser.clickAndWait(By.linkText("Customers' requests for confirmation of audits"));
		String article = "//article[.//dd[contains(., '" + question + "')]]";
		browser.driver.findElement(By.xpath(article + "//textarea[@name='statement']"))
			.sendKeys("Audited by Audit Firm SA; the report is available on request");
		browser.screenshot("subprocessor-audit-confirmations-staff");
		browser.clickAndWait(By.xpath(article + "//form//button"));
		assertThat(browser.text()).contains("The answer is recorded");
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		browser.open("/subprocessors/audit-confirmations");
		String answered = browser.driver.findElement(By.xpath(article)).getText();
		assertThat(answered).contains("Answered", audited.toString(),
				"Audited by Audit Firm SA; the report is available on request");
		browser.screenshot("subprocessor-audit-confirmations-customer");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
