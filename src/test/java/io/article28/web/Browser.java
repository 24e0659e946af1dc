package io.article28.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: never a downloaded
 * browser. Collects what the page logged to its console so that a test can insist on no
 * errors.
 */
final class Browser implements AutoCloseable {

	private static final String CHROMIUM = System.getProperty("article28.chromium", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getProperty("article28.chromedriver", "/usr/bin/chromedriver");

	final WebDriver driver;

	private final String baseUrl;

	Browser(int port) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		this.baseUrl = "http://localhost:" + port;
	}

	void open(String path) {
		driver.get(baseUrl + path);
	}

	void signIn(String email, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> !page.getCurrentUrl().contains("/login"));
	}

	/** Clicks something that loads a new page, and waits for that page. */
	void clickAndWait(By target) {
		var current = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> gone(current));
	}

	/**
	 * Whether the element left the document. During a navigation Chromium may answer with
	 * an inspector error rather than a stale-element error: both mean the old page is
	 * gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	/** Waits until the page shows the text, for pages that render it with script. */
	void waitForText(String expected) {
		new WebDriverWait(driver, Duration.ofSeconds(40)).until(page -> text().contains(expected));
	}

	/**
	 * The page's text. A page that reloads itself (the export history does, while an
	 * export runs) may replace the body while it is read: then it is read again.
	 */
	String text() {
		for (int attempt = 1;; attempt++) {
			try {
				return driver.findElement(By.tagName("body")).getText();
			}
			catch (WebDriverException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Console messages at error level: failed scripts, CSP violations, missing resources.
	 */
	List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots", name + ".png");
		Files.createDirectories(target.getParent());
		Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() {
		driver.quit();
	}

}
