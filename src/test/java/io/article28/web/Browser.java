package io.article28.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
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

	private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

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
		this.driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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
		find(target).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> gone(current));
	}

	/**
	 * The element, opening the header's "More" menu first when the element is not on show
	 * otherwise, as a person would.
	 */
	private WebElement find(By target) {
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			for (WebElement element : driver.findElements(target)) {
				if (element.isDisplayed()) {
					return element;
				}
			}
			script()
				.executeScript("document.querySelectorAll('.site-header details').forEach(menu => menu.open = true)");
		}
		finally {
			driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		}
		return driver.findElement(target);
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

	/**
	 * Moves the browser's own clock (what scripts read from {@code Date.now()} and
	 * {@code new Date()}) by the amount, from the next page on: a computer whose clock is
	 * wrong, or a server on a shifted clock.
	 */
	void shiftClock(Duration by) {
		((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				(() => {
				  const shift = %d;
				  const RealDate = Date;
				  const realNow = RealDate.now;
				  class ShiftedDate extends RealDate {
				    constructor(...args) { super(...(args.length ? args : [realNow() + shift])); }
				    static now() { return realNow() + shift; }
				  }
				  window.Date = ShiftedDate;
				})();
				""".formatted(by.toMillis())));
	}

	/** Resizes the window so that the page's viewport is this many CSS pixels wide. */
	void width(int pixels) {
		driver.manage().window().setSize(new Dimension(pixels, 900));
		long inner = ((Number) script().executeScript("return window.innerWidth")).longValue();
		if (inner != pixels) {
			// the window's frame takes some of it: grow the window by the difference
			driver.manage().window().setSize(new Dimension(2 * pixels - (int) inner, 900));
		}
	}

	/** The page's viewport width in CSS pixels. */
	long viewportWidth() {
		return ((Number) script().executeScript("return document.documentElement.clientWidth")).longValue();
	}

	/**
	 * How far the page is wider than its viewport, in CSS pixels: 0 when it never scrolls
	 * sideways.
	 */
	long sidewaysOverflow() {
		return ((Number) script().executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)"))
			.longValue();
	}

	/**
	 * The outermost elements that reach beyond the viewport's right edge, as tag, id and
	 * classes: what makes a page scroll sideways.
	 */
	@SuppressWarnings("unchecked")
	List<String> widerThanTheViewport() {
		return (List<String>) script().executeScript(
				"""
						const width = document.documentElement.clientWidth;
						const beyond = element => element.getBoundingClientRect().right > width + 1;
						const scrolled = element => {
						  for (let around = element.parentElement; around !== document.body; around = around.parentElement) {
						    if (getComputedStyle(around).overflowX !== 'visible') return true;
						  }
						  return false;
						};
						return [...document.body.querySelectorAll('*')]
						  .filter(element => beyond(element) && (element.parentElement === document.body || !beyond(element.parentElement)) && !scrolled(element))
						  .map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
						    + [...element.classList].map(name => '.' + name).join('')
						    + ' in ' + element.parentElement.tagName.toLowerCase() + '.' + [...element.parentElement.classList].join('.'));
						""");
	}

	/**
	 * Presses Tab until the focus is on an element the selector matches, and answers the
	 * colour of its focus ring and the colour of what is behind it (the first ancestor
	 * with a background), both as computed by the browser: {@code rgb(r, g, b)}.
	 */
	@SuppressWarnings("unchecked")
	List<String> tabToAndReadFocusRing(String selector) {
		var keys = new Actions(driver);
		for (int presses = 0; presses < 60; presses++) {
			keys.sendKeys(Keys.TAB).perform();
			List<String> ring = (List<String>) script().executeScript("""
					const focused = document.activeElement;
					if (!focused || !focused.matches(arguments[0])) return null;
					const style = getComputedStyle(focused);
					let behind = focused.parentElement;
					while (behind && getComputedStyle(behind).backgroundColor.match(/rgba\\(.*, 0\\)|transparent/)) {
					  behind = behind.parentElement;
					}
					return [style.outlineStyle === 'none' ? 'none' : style.outlineColor,
					  getComputedStyle(behind || document.documentElement).backgroundColor];
					""", selector);
			if (ring != null) {
				return ring;
			}
		}
		throw new AssertionError("Tab never reached " + selector);
	}

	/** How many rows the main menu's links take: 1 when none wraps. */
	long menuRows() {
		return ((Number) script().executeScript(
				"return new Set([...document.querySelectorAll('.site-header nav ul.primary > li')].map(item => Math.round(item.getBoundingClientRect().top))).size"))
			.longValue();
	}

	/** How many elements of the page the selector finds. */
	long count(String selector) {
		return ((Number) script().executeScript("return document.querySelectorAll(arguments[0]).length", selector))
			.longValue();
	}

	/** The height of the element the selector finds, in CSS pixels. */
	long height(String selector) {
		return ((Number) script().executeScript(
				"return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().height)", selector))
			.longValue();
	}

	/**
	 * What axe-core finds against WCAG 2.1 A and AA on the page as it is, one line per
	 * element: the rule, what it asks, the element and why.
	 */
	@SuppressWarnings("unchecked")
	List<String> accessibilityViolations() {
		script().executeScript(Axe.SOURCE);
		Object found = script().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(results => done(results.violations.flatMap(violation => violation.nodes.map(node =>
				    violation.id + ' (' + violation.help + '): ' + node.target.join(' ') + ' ' + node.failureSummary))))
				  .catch(error => done(['axe failed: ' + error]));
				""");
		return (List<String>) found;
	}

	private JavascriptExecutor script() {
		return (JavascriptExecutor) driver;
	}

	/** The axe-core script, read once from the jar that carries it. */
	private static final class Axe {

		static final String SOURCE = read();

		private static String read() {
			try (var in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe.min.js is not on the test class path");
				}
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

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
