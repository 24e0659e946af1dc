package io.article28.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test has: the port of the application, and a fresh headless Chromium
 * for each test, closed after it.
 */
abstract class BrowserTestSupport {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

}
