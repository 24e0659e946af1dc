package io.article28.incidents;

import static org.awaitility.Awaitility.await;
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
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.UserId;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;

/**
 * Security staff tell the affected customers from the incident's page and follow the
 * progress; a customer's owner finds the breach with its countdown, records an earlier
 * awareness and saves its draft; a member reads it without editing.
 */
@IntegrationTest
class BreachPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	IncidentManagement incidents;

	@Autowired
	Tenants tenants;

	@Autowired
	PlatformManagement platform;

	@Test
	void staffTellTheCustomersFromTheIncidentPageAndTheOwnerWorksOnItsDraft() throws Exception {
		String title = "Leaked backup " + UUID.randomUUID();
		UUID id = secNumBreach(title);
		Cookie security = SignIn.as(mvc, "security@nimbus.example", "article28-demo");
		String location = "/staff/incidents/" + id;
		mvc.perform(get(location).cookie(security))
			.andExpect(content().string(containsString("No customer has been told of this breach yet.")))
			.andExpect(content().string(containsString("Tell the affected customers")));
		mvc.perform(post(location + "/notifications").cookie(security).with(csrf()))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("notice", "incidents.notifying"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> mvc.perform(get(location).cookie(security))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains(">Done<"));
		mvc.perform(post(location + "/follow-ups").cookie(security).with(csrf()).param("text", "Only test data"))
			.andExpect(flash().attribute("notice", "incidents.followUpQueued"));

		Cookie alice = SignIn.as(mvc, "alice@acme-health.example", "article28-demo");
		mvc.perform(get("/breaches").cookie(alice))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("acme-patient-portal")))
			.andExpect(content().string(Matchers.matchesPattern("(?s).*7[01] h \\d+ min left.*")));
		String page = "/breaches/" + id;
		mvc.perform(get(page).cookie(alice))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Léa Moreau, data protection officer, dpo@acme-health.example")))
			.andExpect(content().string(containsString("Still to complete:")))
			.andExpect(content().string(containsString("Only test data")))
			.andExpect(content().string(containsString("Commission nationale de l&#39;informatique et des libertés")));

		mvc.perform(post(page + "/awareness").cookie(alice).with(csrf()).param("awareAt", "1999-01-01T00:00"))
			.andExpect(redirectedUrl(page + "#awareness"))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=awareAt"))));
		mvc.perform(post(page + "/awareness").cookie(alice).with(csrf()).param("awareAt", hoursAgo(1)))
			.andExpect(flash().attribute("notice", "breaches.awarenessRecorded"));
		mvc.perform(post(page + "/draft").cookie(alice)
			.with(csrf())
			.param("authority", "FR")
			.param("nature", "Backup of the patient portal leaked")
			.param("approximatePeople", "12")
			.param("contact", "Léa Moreau, dpo@acme-health.example")
			.param("consequences", "Phishing")
			.param("measures", "Backup deleted")).andExpect(flash().attribute("notice", "breaches.draftSaved"));
		mvc.perform(get(page).cookie(alice))
			.andExpect(content().string(containsString("(as you recorded)")))
			.andExpect(content().string(containsString("Backup of the patient portal leaked")))
			.andExpect(content().string(Matchers.matchesPattern("(?s).*Version 1, saved .*")))
			.andExpect(content().string(not(containsString("Still to complete:"))));

		Cookie carla = SignIn.as(mvc, "carla@acme-health.example", "article28-demo");
		mvc.perform(get(page).cookie(carla))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<fieldset class=\"stacked\" disabled=\"disabled\">")));
		mvc.perform(post(page + "/draft").cookie(carla).with(csrf()).param("nature", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCustomerWithoutBreachesSeesAnEmptyListAndNoOtherBreach() throws Exception {
		Cookie hugo = SignIn.as(mvc, "hugo@boulangerie.example", "article28-demo");
		UUID id = secNumBreach("Only SecNumCloud " + UUID.randomUUID());
		mvc.perform(get("/breaches/" + id).cookie(hugo)).andExpect(status().isNotFound());
		mvc.perform(get("/breaches").cookie(hugo)).andExpect(status().isOk());
	}

	@Test
	void theDashboardShowsTheBreachesAwaitingANotificationUntilTheOwnerDecidesNotToNotify() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		platform.registerApp(tenant.organization().id(), "dash-" + UUID.randomUUID().toString().substring(0, 8),
				"osc-secnum-fr1", null);
		Cookie owner = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get("/dashboard").cookie(owner))
			.andExpect(content().string(not(containsString("pending-breaches"))));
		UUID id = secNumBreach("Dashboard breach " + UUID.randomUUID());
		Cookie security = SignIn.as(mvc, "security@nimbus.example", "article28-demo");
		mvc.perform(post("/staff/incidents/" + id + "/notifications").cookie(security).with(csrf()));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> mvc.perform(get("/dashboard").cookie(owner))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("1 personal data breach awaits your notification"));

		String page = "/breaches/" + id;
		mvc.perform(post(page + "/not-required").cookie(owner).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=reason"))));
		mvc.perform(post(page + "/not-required").cookie(owner)
			.with(csrf())
			.param("reason", "Only encrypted backups were reached; the key was not"))
			.andExpect(flash().attribute("notice", "breaches.notRequiredRecorded"));
		mvc.perform(get(page).cookie(owner))
			.andExpect(content().string(containsString("Decided not to notify the authority")))
			.andExpect(content().string(containsString("Only encrypted backups were reached; the key was not")));
		mvc.perform(get("/dashboard").cookie(owner))
			.andExpect(content().string(not(containsString("pending-breaches"))));
		mvc.perform(post(page + "/submission").cookie(owner).with(csrf()).param("submittedAt", hoursAgo(0)))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=submission"))));
	}

	private UUID secNumBreach(String title) {
		UserId by = new UserId(UUID.randomUUID());
		var now = clock.instant();
		Incident incident = incidents.declare(title, "A backup was readable", IncidentSeverity.HIGH,
				now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), by);
		incidents.assessAsBreach(incident.id(),
				new BreachScope(List.of("osc-secnum-fr1"), List.<AppId>of(), List.of("backups"),
						now.minus(Duration.ofDays(1)), null, List.of("health data"), null, null, "Phishing",
						"Backup deleted"));
		return incident.id();
	}

	private String hoursAgo(int hours) {
		return LocalDateTime.ofInstant(clock.instant().minus(Duration.ofHours(hours)), ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
	}

}
