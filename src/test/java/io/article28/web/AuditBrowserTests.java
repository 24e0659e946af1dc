package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.ServerTest;
import io.article28.Tenants;
import io.article28.audits.AuditManagement;

/**
 * An audit from plan to report in a real browser: the owner submits a plan, the DPO
 * agrees the dates and quotes assistance beyond the contract, the owner approves the
 * quote in writing, the DPO records the start and attaches a report, which the owner
 * downloads from its Audits page.
 */
@Tag("browser")
@ServerTest
class AuditBrowserTests extends BrowserTestSupport {

	@Autowired
	Tenants tenants;

	@Autowired
	AuditManagement audits;

	@Test
	void anAuditGoesFromThePlanThroughAnApprovedQuoteToItsReport() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		String scope = "Backups of our apps " + UUID.randomUUID().toString().substring(0, 8);

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Audits"));
		assertThat(browser.text()).contains("the earliest start is", "No audit request yet.");
		browser.driver.findElement(By.id("scope")).sendKeys(scope);
		browser.screenshot("audit-plan");
		browser.clickAndWait(By.cssSelector("#plan button[type=submit]"));
		assertThat(browser.text()).contains("Your audit plan is submitted", scope, "Waiting for our review");
		String id = audits.requests(tenant.organization().id()).get(0).id().toString();
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.open("/staff/audits/" + id);
		WebElement start = browser.driver.findElement(By.id("start-" + id));
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", start,
				audits.rules(tenant.organization().id()).today().toString());
		browser.clickAndWait(By.cssSelector("#audit-" + id + " form[action$='/agreement'] button"));
		assertThat(browser.text()).contains("The dates are agreed");
		browser.driver.findElement(By.id("assistance-" + id)).sendKeys("Two engineers on site for two days");
		browser.driver.findElement(By.id("amount-" + id)).sendKeys("1800,00");
		browser.clickAndWait(By.cssSelector("#audit-" + id + " form[action$='/fee-quotes'] button"));
		assertThat(browser.text()).contains("1800.00 EUR", "Waiting for the customer's written approval");
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Audits"));
		browser.driver.findElement(By.id("approver-" + id)).sendKeys("Alice Martin");
		browser.driver.findElement(By.cssSelector("#audit-" + id + " input[name=approve]")).click();
		browser.screenshot("audit-quote-approval");
		browser.clickAndWait(By.cssSelector("#audit-" + id + " form[action$='/approval'] button"));
		assertThat(browser.text()).contains("You approved the quote in writing", "Approved in writing",
				"by Alice Martin");
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.open("/staff/audits/" + id);
		assertThat(browser.text()).contains(tenant.organization().name());
		browser.clickAndWait(By.cssSelector("#audit-" + id + " form[action$='/start'] button"));
		assertThat(browser.text()).contains("The audit is recorded as started");
		Path report = Files.createTempFile("audit-report", ".pdf");
		Files.writeString(report, "%PDF-1.7 findings of the audit");
		browser.driver.findElement(By.id("report-" + id)).sendKeys(report.toString());
		browser.clickAndWait(By.cssSelector("#audit-" + id + " form[action$='/reports'] button"));
		assertThat(browser.text()).contains("The report is attached", report.getFileName().toString());
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Audits"));
		assertThat(browser.text()).contains("In progress", report.getFileName().toString());
		assertThat(browser.driver.findElement(By.linkText(report.getFileName().toString())).getAttribute("href"))
			.endsWith("/audits/" + id + "/reports/" + audits.reports(UUID.fromString(id)).get(0).id());
		browser.screenshot("audit-report");
		assertThat(browser.consoleErrors()).isEmpty();
		Files.delete(report);
	}

}
