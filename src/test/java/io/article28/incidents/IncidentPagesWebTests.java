package io.article28.incidents;

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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;

/**
 * The security staff declare an incident on the board, follow it on its page, assess it
 * as a breach and see the affected customers, then find it in the breach register; the
 * DPO reads but has no form.
 */
@IntegrationTest
class IncidentPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void securityStaffDeclareFollowAssessAndCloseAnIncidentFromThePages() throws Exception {
		Cookie session = SignIn.as(mvc, "security@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/incidents").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Declare an incident")))
			.andExpect(content().string(containsString("href=\"/staff/incidents\"")));

		String title = "Misrouted export " + UUID.randomUUID();
		String location = mvc
			.perform(post("/staff/incidents").cookie(session)
				.with(csrf())
				.param("title", title)
				.param("description", "An export reached the wrong bucket")
				.param("severity", "HIGH")
				.param("detectedAt", hoursAgo(3))
				.param("awareAt", hoursAgo(2)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "incidents.declared"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/staff/incidents/[0-9a-f-]{36}");
		mvc.perform(get("/staff/incidents").cookie(session)).andExpect(content().string(containsString(title)));
		mvc.perform(get(location).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("No update yet.")));

		mvc.perform(post(location + "/updates").cookie(session).with(csrf()).param("text", "Bucket emptied"))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("notice", "incidents.updated"));

		mvc.perform(post(location + "/breach").cookie(session)
			.with(csrf())
			.param("breach", "true")
			.param("regions", "osc-secnum-fr1")
			.param("windowFrom", hoursAgo(5))
			.param("windowTo", hoursAgo(6))
			.param("dataCategories", "contact data")
			.param("consequences", "Possible phishing")
			.param("measures", "Bucket emptied"))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=windowTo"))));

		mvc.perform(post(location + "/breach").cookie(session)
			.with(csrf())
			.param("breach", "true")
			.param("regions", "osc-secnum-fr1")
			.param("dataStoreIds", "the shop database")
			.param("windowFrom", hoursAgo(6))
			.param("dataCategories", "contact data")
			.param("consequences", "Possible phishing")
			.param("measures", "Bucket emptied"))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=dataStoreIds"))));

		mvc.perform(post(location + "/breach").cookie(session)
			.with(csrf())
			.param("breach", "true")
			.param("regions", "osc-secnum-fr1")
			.param("dataStores", "export bucket")
			.param("windowFrom", hoursAgo(6))
			.param("windowTo", hoursAgo(5))
			.param("dataCategories", "contact data\nhealth data")
			.param("approximatePeople", "40")
			.param("consequences", "Possible phishing")
			.param("measures", "Bucket emptied"))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("notice", "incidents.assessed"));
		mvc.perform(get(location).cookie(session))
			.andExpect(content().string(containsString("Bucket emptied")))
			.andExpect(content().string(containsString("Affected organizations")))
			.andExpect(content().string(containsString("acme-patient-portal (osc-secnum-fr1)")))
			.andExpect(content().string(containsString("civic-survey (osc-secnum-fr1)")))
			.andExpect(content().string(not(containsString("boulangerie-shop"))));

		mvc.perform(get("/staff/breach-register").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("health data")))
			.andExpect(content().string(containsString("href=\"" + location + "\"")));

		mvc.perform(post(location + "/closing").cookie(session).with(csrf()).param("remediation", "Export fixed"))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=rootCause"))));
		mvc.perform(post(location + "/closing").cookie(session)
			.with(csrf())
			.param("rootCause", "Wrong bucket name in a script")
			.param("remediation", "Export fixed")).andExpect(flash().attribute("notice", "incidents.closed"));
		mvc.perform(get(location).cookie(session))
			.andExpect(content().string(containsString("Wrong bucket name in a script")))
			.andExpect(content().string(not(containsString("Close the incident"))));
	}

	@Test
	void theDpoReadsTheBoardAndTheRegisterWithoutForms() throws Exception {
		Cookie session = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/incidents").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Declare an incident"))));
		mvc.perform(get("/staff/breach-register").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Breach register")));
		mvc.perform(post("/staff/incidents").cookie(session)
			.with(csrf())
			.param("title", "Not mine")
			.param("description", "d")
			.param("severity", "LOW")
			.param("detectedAt", hoursAgo(2))
			.param("awareAt", hoursAgo(1))).andExpect(status().isForbidden());
	}

	@Test
	void customersDoNotSeeTheIncidentBoard() throws Exception {
		Cookie session = SignIn.as(mvc, "alice@acme-health.example", "article28-demo");
		mvc.perform(get("/staff/incidents").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/breach-register").cookie(session)).andExpect(status().isForbidden());
	}

	private String hoursAgo(int hours) {
		return LocalDateTime.ofInstant(clock.instant().minus(Duration.ofHours(hours)), ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
	}

}
