package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.ServerTest;
import io.article28.Tenants;

/** The main flows in a real browser, against the demo data. */
@Tag("browser")
@ServerTest
class DashboardBrowserTests extends BrowserTestSupport {

	@Autowired
	Tenants tenants;

	@Test
	void aDemoCustomerSignsInAndSeesItsDashboard() throws Exception {
		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		assertThat(browser.driver.getCurrentUrl()).endsWith("/dashboard");
		String page = browser.text();
		assertThat(page).contains("Acme Health SAS", "Léa Moreau", "acme-patient-portal", "osc-secnum-fr1",
				"INV-2026-1017", "Unpaid");
		assertThat(page).doesNotContain("Civic Data Lab", "civic-open-data", "boulangerie-shop");
		browser.screenshot("dashboard");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theOwnerCorrectsTheDpoContact() {
		browser.signIn("hugo@boulangerie.example", DemoData.PASSWORD);
		var name = browser.driver.findElement(By.id("dpo-name"));
		name.clear();
		name.sendKeys("Hugo Bernard-Martin");
		browser.clickAndWait(By.cssSelector("#dpo-heading ~ form button"));
		assertThat(browser.text()).contains("The DPO contact is saved.", "Hugo Bernard-Martin");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void staffFindAnOrganizationFromTheStaffArea() throws Exception {
		browser.signIn("ops@nimbus.example", DemoData.PASSWORD);
		assertThat(browser.driver.getCurrentUrl()).endsWith("/staff");
		assertThat(browser.text()).contains("Nimbus PaaS SAS");
		browser.clickAndWait(By.linkText("Organizations"));
		browser.clickAndWait(By.linkText("Civic Data Lab"));
		assertThat(browser.text()).contains("Viewed as provider staff", "civic-survey");
		browser.screenshot("staff-organization");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aPersonCreatesAnApiTokenThatIsShownOnce() {
		browser.signIn("nadia@civicdata.example", DemoData.PASSWORD);
		browser.open("/profile");
		browser.driver.findElement(By.id("token-name")).sendKeys("nightly export");
		browser.clickAndWait(By.cssSelector("#tokens-heading ~ form.inline-form button"));
		String token = browser.driver.findElement(By.id("issued-token")).getText();
		assertThat(token).startsWith("a28_");
		browser.open("/profile");
		assertThat(browser.text()).contains("nightly export").doesNotContain(token);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aPersonCorrectsItsNameAndSeesTheChangeListed() {
		browser.signIn("carla@acme-health.example", DemoData.PASSWORD);
		browser.open("/profile");
		var name = browser.driver.findElement(By.id("profile-name"));
		name.clear();
		name.sendKeys("Carla Nguyen-Petit");
		browser.clickAndWait(By.cssSelector("#profile-heading ~ form button"));
		assertThat(browser.text()).contains("Your profile is saved.", "changed: name");
		assertThat(browser.driver.findElement(By.id("profile-name")).getAttribute("value"))
			.isEqualTo("Carla Nguyen-Petit");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void staffImportInvoicesFromACsvFile() throws Exception {
		Path csv = Files.createTempFile("invoices", ".csv");
		Files.writeString(csv, """
				organization,number,amount_cents,currency,due_date,status
				Civic Data Lab,CSV-%s,1500,EUR,2026-12-31,UNPAID
				""".formatted(System.nanoTime()));
		browser.signIn("ops@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("CSV import"));
		browser.driver.findElement(By.cssSelector("input[value=INVOICES]")).click();
		browser.driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		browser.clickAndWait(By.cssSelector("form button[type=submit]:not(.link)"));
		assertThat(browser.text()).contains("1 row(s) imported");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theApiDocumentationOpensWithoutErrors() {
		browser.open("/swagger-ui.html");
		browser.waitForText("/api/v1/organizations");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void staffVerifyTheTrailAndACustomerReadsItsOwn() throws Exception {
		browser.signIn("ops@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Trail"));
		browser.clickAndWait(By.cssSelector("#verify-heading ~ form button"));
		assertThat(browser.text()).contains("The chain is intact");
		browser.screenshot("staff-trail");
		assertThat(browser.consoleErrors()).isEmpty();

		browser.clickAndWait(By.cssSelector("form.logout button"));
		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Trail"));
		assertThat(browser.text()).contains("member.added", "app.registered").doesNotContain("civic-");
		// each action code sits on one line, never broken inside a word
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
				"return [...document.querySelectorAll('code.action-code')].filter(code => code.getClientRects().length > 1).length"))
			.isEqualTo(0L);
		assertThat(browser.count("code.action-code")).isPositive();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theOwnerReadsNotificationsAndSetsAWebhook() throws Exception {
		browser.signIn("nadia@civicdata.example", DemoData.PASSWORD);
		browser.driver.findElement(By.id("webhook-url")).sendKeys("https://93.184.215.14/article28");
		browser.driver.findElement(By.id("webhook-secret")).sendKeys("a-secret-of-civic-data");
		browser.clickAndWait(By.cssSelector("#webhook-heading ~ form.inline-form button"));
		assertThat(browser.text()).contains("The webhook is saved", "https://93.184.215.14/article28");
		assertThat(browser.text()).contains("Notifications");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void staffReadTheMailbox() throws Exception {
		browser.signIn("ops@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Mailbox"));
		assertThat(browser.text()).contains("Mailbox", "SMTP_HOST");
		browser.screenshot("staff-mailbox");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aCustomerReadsItsDpaAndStaffSeeTheVersions() throws Exception {
		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("DPA"));
		assertThat(browser.text()).contains("Data Processing Agreement", "Acme Health SAS", "Nimbus PaaS SAS",
				"8 calendar days", "osc-secnum-fr1", "No DPA is signed yet");
		browser.screenshot("customer-dpa");
		assertThat(browser.consoleErrors()).isEmpty();

		browser.clickAndWait(By.cssSelector("form.logout button"));
		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("DPA"));
		assertThat(browser.text()).contains("2018-05", "2022-03", "Prior written consent", "8 calendar days to object",
				"Publish a version");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void anOwnerToldOnItsDashboardThatTheDpaIsUnsignedSignsItAfterTheTextAndReadsItAsSigned() throws Exception {
		var tenant = tenants.create();
		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		assertThat(browser.driver.findElement(By.id("dpa-unsigned")).getText())
			.contains("Your organization has not signed the DPA");
		browser.clickAndWait(By.cssSelector("#dpa-unsigned a"));
		// the form comes after the text it signs
		assertThat(browser.driver.findElement(By.cssSelector("article.agreement")).getLocation().getY())
			.isLessThan(browser.driver.findElement(By.id("sign-heading")).getLocation().getY());
		browser.driver.findElement(By.id("sign-address")).sendKeys("5 avenue du Navigateur, Paris");
		browser.driver.findElement(By.id("sign-title")).sendKeys("Chief Executive");
		browser.driver.findElement(By.id("sign-dpo")).sendKeys("Dee Pio");
		browser.driver.findElement(By.id("sign-dpo-email")).sendKeys("dee@tenant.example");
		browser.driver.findElement(By.id("sign-accept")).click();
		browser.clickAndWait(By.cssSelector("#sign-heading ~ form button"));
		assertThat(browser.text()).contains("The DPA is signed and binding", "signed PDF");
		// the agreement reads as signed: the signer and the certificate, no blank signer
		// fields
		assertThat(browser.driver.findElement(By.cssSelector("article.agreement")).getText())
			.contains("5 avenue du Navigateur, Paris", "Signature certificate", "Chief Executive")
			.doesNotContain("________________");
		browser.screenshot("dpa-signed");
		browser.clickAndWait(By.linkText("Dashboard"));
		assertThat(browser.driver.findElements(By.id("dpa-unsigned"))).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aCopySignedByHandIsUploadedThenAcceptedByStaff() throws Exception {
		var tenant = tenants.create();
		Path signed = Files.createTempFile("signed", ".pdf");
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(signed.toFile());
		}
		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("DPA"));
		browser.driver.findElement(By.id("upload-file")).sendKeys(signed.toAbsolutePath().toString());
		browser.clickAndWait(By.cssSelector("form[action$='/dpa/upload'] button"));
		assertThat(browser.text()).contains("our staff will review it", "waits for review");

		browser.clickAndWait(By.cssSelector("form.logout button"));
		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("DPA"));
		browser.clickAndWait(By
			.xpath("//a[contains(@href, '" + tenant.id() + "')]/ancestor::tr//button[normalize-space()='Accept']"));
		assertThat(browser.text()).contains("The hand-signed copy is accepted");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void anyoneReadsTheSubprocessorsAndStaffSeeTheFlags() throws Exception {
		browser.open("/subprocessors");
		assertThat(browser.text()).contains("Sub-processors", "OUTSCALE", "Intercom, Inc.", "EU–US Privacy Shield");
		assertThat(browser.consoleErrors()).isEmpty();

		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Sub-processors"));
		assertThat(browser.text()).contains("Flagged: the EU–US Privacy Shield was invalidated", "2020-07-16",
				"2022-12-27");
		browser.screenshot("staff-subprocessors");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
