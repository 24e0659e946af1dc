package io.article28.subprocessors;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.accounts.StaffRole;
import io.article28.core.LegalCalendar;

@IntegrationTest
class SubprocessorApiIntegrationTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Test
	void anyoneReadsTheRegisterWithTheTransferFlags() throws Exception {
		mvc.perform(get("/api/v1/subprocessors"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'OUTSCALE')].transfers.valid").value(true))
			.andExpect(jsonPath("$[?(@.name == 'Intercom, Inc.')].transfers.valid").value(false))
			.andExpect(jsonPath("$[?(@.name == 'Intercom, Inc.')].transfers.since").value("2020-07-16"))
			.andExpect(jsonPath("$[?(@.name == 'Stripe Payments Europe Ltd')].transfers.since").value("2022-12-27"));
		mvc.perform(get("/subprocessors"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("OUTSCALE")))
			.andExpect(content().string(containsString("EU–US Privacy Shield")));
	}

	@Test
	void staffAddASubprocessorAndItIsChecked() throws Exception {
		String name = "Mailer " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/api/v1/subprocessors").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","contact":"dpo@mailer.example","purpose":"Sending mail","legalBasis":"Contract",
					"dataCategories":"Email addresses","country":"us","location":"Virginia","safeguard":"DPF",
					"transferDestination":"United States","platformRegions":[],"audits":["2024-03-01"]}"""
				.formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.country").value("US"))
			.andExpect(jsonPath("$.transfers.valid").value(true));
		mvc.perform(post("/api/v1/subprocessors").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","contact":"c","purpose":"p","legalBasis":"l","dataCategories":"d","country":"US",
					"location":"x","safeguard":"DPF","transferDestination":"US"}""".formatted(name)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void anAuditDateEnteredWithASubprocessorIsTodayAtTheLatest() throws Exception {
		LocalDate today = LocalDate.now(clock.withZone(LegalCalendar.ZONE));
		String body = """
				{"name":"Dated %s","contact":"c","purpose":"p","legalBasis":"l","dataCategories":"d","country":"FR",
				"location":"x","safeguard":"NONE","transferDestination":null,"audits":["%s"]}""";
		mvc.perform(post("/api/v1/subprocessors").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(UUID.randomUUID(), today.plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("audits"));
		mvc.perform(post("/api/v1/subprocessors").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(UUID.randomUUID(), today))).andExpect(status().isCreated());
	}

	@Test
	void aBadCountryOrSafeguardIsRefused() throws Exception {
		String body = """
				{"name":"Bad %s","contact":"c","purpose":"p","legalBasis":"l","dataCategories":"d","country":"%s",
				"location":"x","safeguard":"%s","transferDestination":"US"}""";
		mvc.perform(post("/api/v1/subprocessors").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(UUID.randomUUID(), "ZZ", "DPF")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("country"));
		mvc.perform(post("/api/v1/subprocessors").with(tenants.staff(StaffRole.DPO))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(UUID.randomUUID(), "US", "HANDSHAKE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("safeguard"));
	}

	@Test
	void customersCannotAddNorSeeTheStaffPage() throws Exception {
		var tenant = tenants.create();
		// refused before the body is judged: an invalid one is not a customer's business
		mvc.perform(post("/api/v1/subprocessors").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/subprocessors").with(tenant.owner()).contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"X","contact":"c","purpose":"p","legalBasis":"l","dataCategories":"d","country":"FR",
						"location":"x","safeguard":"NONE"}"""))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/subprocessors").cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD)))
			.andExpect(status().isForbidden());
	}

}
