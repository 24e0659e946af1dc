package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import io.article28.Tenants;

/**
 * An owner takes its data away in a real browser: opens Your data, starts an export with
 * every part, watches the page follow it until the job (the real db-scheduler, polling
 * every second) has written it, and downloads the ZIP. The scheduler runs other jobs too,
 * so this class has a database and a context of its own, closed after it. Browser tests
 * run on H2 only: the database is an in-memory one of its own.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:export-browser;DB_CLOSE_DELAY=-1", "article28.demo=true",
				"article28.admin.password=" + Tenants.ADMIN_PASSWORD, "logging.level.org.openqa.selenium=ERROR",
				"db-scheduler.enabled=true", "db-scheduler.polling-interval=1s",
				"article28.data-dir=target/test-data" })
@DirtiesContext
class ExportBrowserTests extends BrowserTestSupport {

	@Autowired
	Tenants tenants;

	@Test
	void anOwnerStartsAnExportSeesItCompleteAndDownloadsIt() throws Exception {
		var tenant = tenants.create();
		browser.signIn(tenant.ownerEmail(), Tenants.PASSWORD);
		browser.clickAndWait(By.linkText("Your data"));
		assertThat(browser.driver.getCurrentUrl()).endsWith("/organizations/" + tenant.id() + "/data");
		assertThat(browser.text()).contains("No export yet.");
		assertThat(browser.driver.findElements(By.cssSelector("input[name=parts]")))
			.hasSize(io.article28.exports.ExportPart.values().length)
			.allSatisfy(box -> assertThat(box.isSelected()).isTrue());
		assertThat(browser.consoleErrors()).isEmpty();

		browser.clickAndWait(By.id("start-export"));
		assertThat(browser.text()).contains("The export is started");
		browser.waitForText("Ready");
		browser.screenshot("export-ready");
		assertThat(browser.text()).contains("your organization's data");
		WebElement link = browser.driver.findElement(By.cssSelector("#exports a.download"));
		assertThat(link.getText()).isEqualTo("Download");
		assertThat(browser.consoleErrors()).isEmpty();

		String session = browser.driver.manage().getCookieNamed("SESSION").getValue();
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
				.header("Cookie", "SESSION=" + session)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(entries(download.body())).contains("manifest.json", "trail/trail.csv", "profile/members.csv");
	}

	private static java.util.List<String> entries(byte[] zip) throws Exception {
		var names = new java.util.ArrayList<String>();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
