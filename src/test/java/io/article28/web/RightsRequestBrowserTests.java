package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.ServerTest;

/**
 * A person files a request about a demo app in a real browser, confirms it from the
 * mailed link, the owner extends it with a reason, answers and attaches a file, and the
 * person reads the answer and finds the file through its private link; a request whose
 * app the person cannot name is assigned by support to the app's owner; the provider's
 * DPO extends and answers a request about the provider.
 */
@Tag("browser")
@ServerTest
class RightsRequestBrowserTests extends BrowserTestSupport {

	private static final Pattern LINK = Pattern.compile("(/rights/[0-9a-f-]{36}/confirm\\?token=[A-Za-z0-9_-]+)");

	private static final Pattern STATUS = Pattern.compile("(/rights/[0-9a-f-]{36}\\?token=[A-Za-z0-9_-]+)");

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonFilesTheOwnerExtendsAndAnswersThePersonReadsTheAnswer() throws Exception {
		String person = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		browser.open("/rights");
		browser.driver.findElement(By.id("app")).sendKeys("acme-website");
		browser.driver.findElement(By.cssSelector("input[name=right][value=ACCESS]")).click();
		browser.driver.findElement(By.id("email")).sendKeys(person);
		browser.driver.findElement(By.id("details")).sendKeys("Which data do you hold about me?");
		browser.screenshot("rights-request-form");
		browser.clickAndWait(By.id("file-request"));
		assertThat(browser.text()).contains("Check your mailbox");

		browser.open(find(LINK, mail(person, "request-confirm")));
		browser.clickAndWait(By.id("confirm-request"));
		assertThat(browser.text()).contains("Your request is confirmed", "acme-website", "Received, waiting");
		String statusPage = find(STATUS, mail(person, "request-received"));

		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Requests"));
		String card = "//article[.//dd[text()='" + person + "']]";
		assertThat(browser.driver.findElement(By.xpath(card)).getText()).contains("days left");
		browser.driver.findElement(By.xpath(card + "//details[1]/summary")).click();
		new Select(browser.driver.findElement(By.xpath(card + "//select[@name='months']"))).selectByValue("1");
		browser.driver.findElement(By.xpath(card + "//textarea[@name='reason']"))
			.sendKeys("Our backups must be searched too");
		browser.clickAndWait(By.xpath(card + "//details[1]//button"));
		assertThat(browser.text()).contains("The deadline is extended");
		browser.driver.findElement(By.xpath(card + "//details/summary[text()='Answer']")).click();
		browser.driver.findElement(By.xpath(card + "//input[@name='outcome'][@value='FULFILLED']")).click();
		browser.driver.findElement(By.xpath(card + "//textarea[@name='message']"))
			.sendKeys("Here is everything we hold: your account and two orders.");
		browser.screenshot("rights-request-inbox");
		browser.clickAndWait(By.xpath(card + "//details//button[@type='submit' and not(@name)]"
				+ "[ancestor::form[contains(@action,'answer')]]"));
		assertThat(browser.text()).contains("The answer is sent");
		java.nio.file.Path orders = java.nio.file.Files.createTempFile("your-orders", ".csv");
		java.nio.file.Files.writeString(orders, "order,date\n42,2026-11-01\n");
		browser.driver.findElement(By.xpath(card + "//form[contains(@action,'attachments')]//input[@type='file']"))
			.sendKeys(orders.toAbsolutePath().toString());
		browser.clickAndWait(By.xpath(card + "//form[contains(@action,'attachments')]//button"));
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.open(statusPage);
		assertThat(browser.text()).contains("The answer: fulfilled", "Here is everything we hold",
				"Our backups must be searched too");
		// the file attached to the answer is on the person's page, with its download
		assertThat(browser.driver.findElement(By.cssSelector("#attachments a")).getText()).startsWith("your-orders");
		assertThat(browser.driver.findElement(By.cssSelector("#attachments a")).getAttribute("href"))
			.contains("/api/v1/public/requests/", "/attachments/", "token=");
		browser.screenshot("rights-request-answer");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aPersonWhoDoesNotKnowTheAppFilesSupportAssignsItAndTheOwnerSeesItWithTheSameDueDay() throws Exception {
		String person = "browser-unknown-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		browser.open("/rights");
		browser.driver.findElement(By.id("about-UNKNOWN_APP")).click();
		browser.driver.findElement(By.id("app")).sendKeys("the clinic where I booked online");
		browser.driver.findElement(By.cssSelector("input[name=right][value=ACCESS]")).click();
		browser.driver.findElement(By.id("email")).sendKeys(person);
		browser.driver.findElement(By.id("details")).sendKeys("Which data do you hold about me?");
		browser.clickAndWait(By.id("file-request"));
		assertThat(browser.text()).contains("Check your mailbox");
		browser.open(find(LINK, mail(person, "request-confirm")));
		browser.clickAndWait(By.id("confirm-request"));
		assertThat(browser.text()).contains("Your request is confirmed", "An app you could not name");
		String due = browser.driver.findElement(By.xpath("//dt[text()='Answer due by']/following-sibling::dd[1]/span"))
			.getText();

		browser.signIn("support@nimbus.example", DemoData.PASSWORD);
		browser.open("/staff/requests");
		browser.clickAndWait(By.linkText("App to find"));
		String row = "//tr[td[text()='" + person + "']]";
		assertThat(browser.driver.findElement(By.xpath(row)).getText()).contains("the clinic where I booked online",
				"days left");
		browser.driver.findElement(By.xpath(row + "//input[@name='app']")).sendKeys("https://www.acme-health.example/");
		browser.screenshot("rights-request-assign");
		browser.clickAndWait(By.xpath(row + "//button[contains(@id,'assign-')]"));
		assertThat(browser.text()).contains("The request is assigned to the app and forwarded to its owner");
		assertThat(browser.driver.findElements(By.xpath(row))).isEmpty();
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		browser.clickAndWait(By.linkText("Requests"));
		String card = "//article[.//dd[text()='" + person + "']]";
		assertThat(browser.driver.findElement(By.xpath(card)).getText()).contains("acme-website",
				"Answer due by " + due);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theProvidersDpoExtendsWithAReasonAndAnswersARequestAboutTheProvider() throws Exception {
		String person = "browser-provider-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		browser.open("/rights");
		browser.driver.findElement(By.id("about-PROVIDER")).click();
		browser.driver.findElement(By.cssSelector("input[name=right][value=ERASURE]")).click();
		browser.driver.findElement(By.id("email")).sendKeys(person);
		browser.driver.findElement(By.id("details")).sendKeys("Erase my newsletter subscription");
		browser.clickAndWait(By.id("file-request"));
		browser.open(find(LINK, mail(person, "request-confirm")));
		browser.clickAndWait(By.id("confirm-request"));
		assertThat(browser.text()).contains("The provider itself");
		String statusPage = find(STATUS, mail(person, "request-received"));

		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		browser.open("/staff/requests");
		assertThat(browser.text()).contains("The provider is the controller of these requests");
		String row = "//tr[td[text()='" + person + "']]";
		assertThat(browser.driver.findElement(By.xpath(row)).getText()).contains("days left");
		browser.driver.findElement(By.xpath(row + "//details/summary")).click();
		new Select(browser.driver.findElement(By.xpath(row + "//select[@name='months']"))).selectByValue("2");
		browser.driver.findElement(By.xpath(row + "//textarea[@name='reason']"))
			.sendKeys("Our mailing provider's archives must be searched");
		browser.clickAndWait(By.xpath(row + "//button[contains(@id,'extend-')]"));
		assertThat(browser.text()).contains("The deadline is extended");
		assertThat(browser.driver.findElement(By.xpath(row)).getText())
			.contains("Extended: Our mailing provider's archives must be searched");
		browser.driver.findElement(By.xpath(row + "//input[@name='outcome'][@value='FULFILLED']")).click();
		browser.driver.findElement(By.xpath(row + "//textarea[@name='message']"))
			.sendKeys("Your subscription and its history are erased.");
		browser.screenshot("rights-request-provider-queue");
		browser.clickAndWait(By.xpath(row + "//button[contains(@id,'answer-submit-')]"));
		assertThat(browser.text()).contains("The answer is sent");
		browser.clickAndWait(By.cssSelector("form.logout button"));

		browser.open(statusPage);
		assertThat(browser.text()).contains("The answer: fulfilled", "Your subscription and its history are erased.",
				"Our mailing provider's archives must be searched");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private String mail(String person, String kind) {
		return jdbc.sql("select body_text from notification where recipient = :to and kind = :kind")
			.param("to", person)
			.param("kind", kind)
			.query(String.class)
			.single();
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("a link in %s", text).isTrue();
		return matcher.group(1);
	}

}
