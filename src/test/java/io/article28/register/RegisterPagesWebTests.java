package io.article28.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.core.LegalCalendar;

/**
 * The DPO finds the register in the navigation, with the activities, the measures, the
 * controllers and the exports, and issues and revokes an authority's link there; an
 * administrator reads the register without that section; a customer sees nothing.
 */
@IntegrationTest
class RegisterPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void theDpoSeesTheActivitiesMeasuresControllersAndExports() throws Exception {
		Cookie session = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/register").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/staff/register\"")))
			.andExpect(content().string(containsString("Customer support and commercial assistance")))
			.andExpect(content().string(containsString("Logs of operations on personal data kept for 12 months")))
			.andExpect(content().string(containsString("Boulangerie Numérique SARL")))
			.andExpect(content().string(containsString("Stripe Payments Europe Ltd")))
			.andExpect(content().string(containsString("flagged: ")))
			.andExpect(content().string(containsString("/api/v1/register?format=pdf")))
			.andExpect(content().string(containsString("/api/v1/register?format=csv")))
			.andExpect(content().string(containsString("/api/v1/register?format=json")));
	}

	@Test
	void theDpoIssuesAnAuthorityLinkFromThePageWhichWorksUntilRevoked() throws Exception {
		Cookie session = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		String authority = "CNIL " + UUID.randomUUID();
		LocalDate lastDay = LocalDate.now(clock.withZone(LegalCalendar.ZONE)).plusDays(30);
		mvc.perform(post("/staff/register/authority-access").cookie(session)
			.with(csrf())
			.param("authority", authority)
			.param("expiresOn", "30/12/2026"))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=expiresAt"))));
		mvc.perform(post("/staff/register/authority-access").cookie(session)
			.with(csrf())
			.param("authority", authority)
			.param("expiresOn", LocalDate.now(clock.withZone(LegalCalendar.ZONE)).plusDays(91).toString()))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=expiresAt"))));
		String link = (String) mvc
			.perform(post("/staff/register/authority-access").cookie(session)
				.with(csrf())
				.param("authority", authority)
				.param("expiresOn", lastDay.toString()))
			.andExpect(redirectedUrl("/staff/register#authority-access"))
			.andExpect(flash().attribute("notice", "processingRegister.access.issued"))
			.andReturn()
			.getFlashMap()
			.get("issuedLink");
		String path = link.substring(link.indexOf("/authority/"));
		mvc.perform(get(path)).andExpect(status().isOk());

		String page = mvc.perform(get("/staff/register").cookie(session))
			.andExpect(content().string(containsString(authority)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher revocation = Pattern.compile("/staff/register/authority-access/([0-9a-f-]{36})/revocation")
			.matcher(page.substring(page.indexOf(authority)));
		assertThat(revocation.find()).isTrue();
		mvc.perform(post(revocation.group()).cookie(session).with(csrf()))
			.andExpect(flash().attribute("notice", "processingRegister.access.revoked"));
		mvc.perform(get(path)).andExpect(status().isGone());

		Cookie admin = SignIn.as(mvc, "ops@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/register").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"authority-access\""))));
		mvc.perform(post("/staff/register/authority-access").cookie(admin)
			.with(csrf())
			.param("authority", authority)
			.param("expiresOn", lastDay.toString())).andExpect(status().isForbidden());
	}

	@Test
	void customersNeitherSeeTheLinkNorOpenThePage() throws Exception {
		Cookie session = SignIn.as(mvc, "alice@acme-health.example", "article28-demo");
		mvc.perform(get("/dashboard").cookie(session))
			.andExpect(content().string(not(containsString("href=\"/staff/register\""))));
		mvc.perform(get("/staff/register").cookie(session)).andExpect(status().isForbidden());
	}

}
