package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.article28.ServerTest;

/**
 * The tour's pages, as each actor sees them, checked by axe-core against WCAG 2.1 A and
 * AA (colour contrast included) at 1280 and at 320 CSS pixels wide; at 320 no page
 * scrolls sideways (wide tables scroll in their own container).
 */
@Tag("browser")
@ServerTest
class AccessibilityBrowserTests extends BrowserTestSupport {

	private static final int[] WIDTHS = { 1280, 320 };

	@Test
	void pagesWithoutASessionMeetWcagAtBothWidths() {
		assertThat(check("/login", "/password/forgot", "/rights", "/subprocessors",
				"/rights/" + java.util.UUID.randomUUID()))
			.isEmpty();
	}

	@Test
	void theCustomerTourMeetsWcagAtBothWidths() {
		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		assertThat(
				check("/dashboard", "/profile", "/dpa", "/subprocessors/changes", "/subprocessors/audit-confirmations",
						"/trail", "/requests", "/breaches", "/government-demands", "/audits", "/data", "/data-stores"))
			.isEmpty();
	}

	@Test
	void aCustomerOnAnOlderDpaReadsWhatAcceptingChangesInPagesThatMeetWcag() {
		browser.signIn("nadia@civicdata.example", DemoData.PASSWORD);
		assertThat(check("/dpa", "/subprocessors/changes", "/dashboard")).isEmpty();
	}

	@Test
	void theStaffTourMeetsWcagAtBothWidths() {
		browser.signIn("ops@nimbus.example", DemoData.PASSWORD);
		assertThat(check("/staff", "/staff/organizations", "/staff/regions", "/staff/import", "/staff/people",
				"/staff/trail", "/staff/requests", "/staff/mailbox"))
			.isEmpty();
	}

	@Test
	void theDataProtectionOfficersPagesMeetWcagAtBothWidths() {
		browser.signIn("dpo@nimbus.example", DemoData.PASSWORD);
		assertThat(check("/staff/dpa", "/staff/subprocessors", "/staff/subprocessors/changes", "/staff/audits",
				"/staff/register", "/staff/incidents", "/staff/government-demands"))
			.isEmpty();
	}

	@Test
	void theFocusRingStandsOutThreeToOneOnThePageAndOnTheHeader() {
		browser.signIn("alice@acme-health.example", DemoData.PASSWORD);
		browser.open("/dashboard");
		List<String> onHeader = browser.tabToAndReadFocusRing(".site-header a");
		List<String> onPage = browser.tabToAndReadFocusRing("main a");
		assertThat(onHeader.get(0)).isNotEqualTo("none");
		assertThat(onPage.get(0)).isNotEqualTo("none");
		assertThat(Contrast.ratio(onHeader.get(0), onHeader.get(1))).as("ring on the header " + onHeader)
			.isGreaterThanOrEqualTo(3.0);
		assertThat(Contrast.ratio(onPage.get(0), onPage.get(1))).as("ring on the page " + onPage)
			.isGreaterThanOrEqualTo(3.0);
	}

	@Test
	void theMenuKeepsToOneRowAtCommonWidthsAndTheHeaderStaysSmallOnAPhone() {
		for (String email : List.of("alice@acme-health.example", "ops@nimbus.example")) {
			browser.signIn(email, DemoData.PASSWORD);
			for (int width : new int[] { 1280, 1024 }) {
				browser.width(width);
				browser.open("/profile");
				assertThat(browser.menuRows()).as(email + " at " + width + " px").isEqualTo(1);
				assertThat(browser.height(".site-header")).as(email + " at " + width + " px").isLessThanOrEqualTo(64);
			}
			browser.width(320);
			browser.open("/profile");
			// a phone of 320 x 568: the header takes at most a quarter of it
			assertThat(browser.height(".site-header")).as(email + " at 320 px").isLessThanOrEqualTo(142);
			assertThat(browser.sidewaysOverflow()).isZero();
			browser.clickAndWait(org.openqa.selenium.By.cssSelector("form.logout button"));
			browser.width(1280);
		}
	}

	/** What is wrong with the pages, each at each width; empty when nothing is. */
	private List<String> check(String... paths) {
		List<String> problems = new ArrayList<>();
		for (int width : WIDTHS) {
			browser.width(width);
			for (String path : paths) {
				browser.open(path);
				browser.accessibilityViolations().forEach(found -> problems.add(width + " px " + path + ": " + found));
				if (browser.count("input[type=date], input[type=datetime-local]") > 0) {
					problems.add(width + " px " + path + ": a date field in the browser's own format, not ISO");
				}
				long overflow = browser.sidewaysOverflow();
				if (overflow > 0) {
					problems.add(width + " px " + path + ": scrolls sideways by " + overflow + " px, because of "
							+ browser.widerThanTheViewport());
				}
			}
		}
		return problems;
	}

}
