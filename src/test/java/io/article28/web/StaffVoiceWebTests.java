package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.AccountManagement;
import io.article28.subprocessors.SubprocessorChangeManagement;

/**
 * The staff pages speak to the provider's staff, never in the customer's voice: no "you
 * may object", no "your authority" where the customer is meant. The few places where the
 * page addresses the staff member itself are named here.
 */
@IntegrationTest
class StaffVoiceWebTests {

	private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your|yours)\\b");

	/** Phrases in which "you" is the staff member reading the page. */
	private static final List<String> ADDRESSED_TO_STAFF = List.of("until you revoke it", "with your statement",
			"when you answer", "before you publish", "you announce", "you record", "you declare", "you register",
			"you choose", "you send");

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	SubprocessorChangeManagement changes;

	@Autowired
	Clock clock;

	@Autowired
	AccountManagement accounts;

	@Test
	void noStaffPageSpeaksInTheCustomersVoice() throws Exception {
		Cookie dpo = SignIn.as(mvc, "dpo@nimbus.example", DemoData.PASSWORD);
		String acme = accounts.organizationNamed("Acme Health SAS").orElseThrow().id().toString();
		List<String> pages = new ArrayList<>(List.of("/staff", "/staff/organizations", "/staff/organizations/" + acme,
				"/staff/requests", "/staff/dpa", "/staff/subprocessors", "/staff/subprocessors/changes",
				"/staff/subprocessors/audit-confirmations", "/staff/audits", "/staff/register", "/staff/incidents",
				"/staff/government-demands", "/staff/breach-register", "/staff/trail"));
		pages.add(mvc.perform(post("/staff/subprocessors/changes").cookie(dpo)
			.with(csrf())
			.param("type", "ADD")
			.param("summary", "Transactional mail")
			.param("effectiveOn", changes.earliestEffectiveDate().toString())
			.param("name", "Voice Mailer " + UUID.randomUUID().toString().substring(0, 6))
			.param("contact", "dpo@voice-mailer.example")
			.param("purpose", "Sending mail")
			.param("legalBasis", "Contract")
			.param("dataCategories", "Email addresses")
			.param("country", "FR")
			.param("location", "Paris")
			.param("safeguard", "NONE")).andReturn().getResponse().getRedirectedUrl());
		Tenants.Tenant tenant = tenants.create();
		String audit = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(post("/api/v1/organizations/{org}/audit-requests", tenant.id()).with(tenant.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"scope":"The hosting of our apps","proposedStart":"%s","durationDays":3,"auditor":{"kind":"SELF"}}"""
							.formatted(LocalDate.now(clock).plusDays(120))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		pages.add("/staff/audits/" + audit);
		pages.add("/staff/organizations/" + tenant.id());
		List<String> found = new ArrayList<>();
		for (String page : pages) {
			String text = mainText(mvc.perform(get(page).cookie(dpo))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			Matcher matcher = SECOND_PERSON.matcher(text);
			while (matcher.find()) {
				String around = text.substring(Math.max(0, matcher.start() - 50),
						Math.min(text.length(), matcher.end() + 50));
				if (ADDRESSED_TO_STAFF.stream().noneMatch(around::contains)) {
					found.add(page + ": …" + around + "…");
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/**
	 * The words of the page's main element, without tags, scripts, or what the page
	 * quotes as the customer read it (class {@code quoted}: the organization's
	 * notifications).
	 */
	private static String mainText(String html) {
		int start = html.indexOf("<main");
		int end = html.indexOf("</main>");
		String main = html.substring(start, end)
			.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<(ul|p|div)[^>]*class=\"[^\"]*\\bquoted\\b[^\"]*\"[^>]*>.*?</\\1>", " ");
		return HtmlUtils.htmlUnescape(main.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
	}

}
