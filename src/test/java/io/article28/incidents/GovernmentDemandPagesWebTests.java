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
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.Tenants.Tenant;

/**
 * The DPO registers a demand whose notice the law forbids on the register page, lifts the
 * prohibition and records the answer on the demand's page; the customer's page is empty
 * until then, and shows the demand after; security staff read without forms, and
 * customers do not reach the staff pages.
 */
@IntegrationTest
class GovernmentDemandPagesWebTests {

	private static final String LEGAL_BASIS = "Art. 11 of the code of criminal procedure";

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	Clock clock;

	@Test
	void theDpoRegistersAWithheldDemandLiftsItAndAnswersItFromThePages() throws Exception {
		Tenant tenant = tenants.create();
		Cookie dpo = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		Cookie customer = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get("/staff/government-demands").cookie(dpo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Register a demand")))
			.andExpect(content().string(containsString("href=\"/staff/government-demands\"")));

		String authority = "Parquet national financier " + UUID.randomUUID();
		mvc.perform(registration(dpo, authority, tenant.organization().name(), ""))
			.andExpect(redirectedUrl("/staff/government-demands#register"))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=legalBasis"))))
			.andExpect(flash().attribute("form", Matchers.hasToString(containsString(authority))));
		mvc.perform(registration(dpo, authority, "No such organization " + authority, LEGAL_BASIS))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=organizations"))));

		String location = mvc.perform(registration(dpo, authority, tenant.organization().name(), LEGAL_BASIS))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "governmentDemands.registered.withheld"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/staff/government-demands/[0-9a-f-]{36}");
		mvc.perform(get("/staff/government-demands").cookie(dpo))
			.andExpect(content().string(containsString(authority)))
			.andExpect(content().string(containsString("Not told: the law forbids it")));
		mvc.perform(get(location).cookie(dpo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tenant.organization().name())))
			.andExpect(content().string(containsString("Secrecy of the investigation")))
			.andExpect(content().string(containsString("The prohibition ended: tell them now")));
		mvc.perform(get("/government-demands").cookie(customer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No government demand concerning your data")))
			.andExpect(content().string(not(containsString(authority))));

		mvc.perform(post(location + "/lifting").cookie(dpo).with(csrf()))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("notice", "governmentDemands.lifted"));
		mvc.perform(post(location + "/disclosure").cookie(dpo)
			.with(csrf())
			.param("disclosed", "true")
			.param("details", "Invoices of March")
			.param("on", today().plusDays(1).toString()))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=on"))));
		mvc.perform(post(location + "/disclosure").cookie(dpo)
			.with(csrf())
			.param("disclosed", "true")
			.param("details", "Invoices of March")
			.param("on", today().toString())).andExpect(flash().attribute("notice", "governmentDemands.answered"));
		mvc.perform(get(location).cookie(dpo))
			.andExpect(content().string(containsString("Told once the prohibition ended")))
			.andExpect(content().string(containsString("Invoices of March")))
			.andExpect(content().string(not(containsString("Record the answer"))))
			.andExpect(content().string(not(containsString("tell them now"))));

		mvc.perform(get("/government-demands").cookie(customer))
			.andExpect(content().string(containsString(authority)))
			.andExpect(content().string(containsString("Invoices of March")))
			.andExpect(content().string(containsString("Disclosed on " + today())))
			.andExpect(content().string(not(containsString("Secrecy of the investigation"))))
			.andExpect(content().string(containsString("href=\"/government-demands\"")));
	}

	@Test
	void securityStaffReadTheRegisterWithoutFormsAndCustomersDoNotReachIt() throws Exception {
		Tenant tenant = tenants.create();
		Cookie security = SignIn.as(mvc, "security@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/government-demands").cookie(security))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Register a demand"))));
		mvc.perform(registration(security, "Not mine", tenant.organization().name(), LEGAL_BASIS))
			.andExpect(status().isForbidden());

		Cookie customer = SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD);
		mvc.perform(get("/staff/government-demands").cookie(customer)).andExpect(status().isForbidden());
		Cookie support = SignIn.as(mvc, "support@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/government-demands").cookie(support)).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder registration(Cookie session, String authority, String organizations,
			String legalBasis) {
		return post("/staff/government-demands").cookie(session)
			.with(csrf())
			.param("authority", authority)
			.param("type", "AGENCY_ORDER")
			.param("receivedOn", today().minusDays(2).toString())
			.param("reference", "PNF-2026-17")
			.param("dataConcerned", "Invoices and billing contacts")
			.param("organizations", "\n" + organizations + "\n")
			.param("notice", "WITHHOLD")
			.param("withheldReason", "Secrecy of the investigation")
			.param("legalBasis", legalBasis);
	}

	private LocalDate today() {
		return GovernmentDemand.today(clock.instant());
	}

}
