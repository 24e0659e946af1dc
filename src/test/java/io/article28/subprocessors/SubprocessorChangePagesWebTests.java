package io.article28.subprocessors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;

@IntegrationTest
class SubprocessorChangePagesWebTests {

	static final String DEMO_PASSWORD = "article28-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	SubprocessorChangeManagement changes;

	@Test
	void staffAnnounceFromTheFormAndSeeWhereEachCustomerStands() throws Exception {
		Cookie dpo = SignIn.as(mvc, "dpo@nimbus.example", DEMO_PASSWORD);
		String name = "Form Mailer " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/staff/subprocessors/changes").cookie(dpo)
			.with(csrf())
			.param("type", "ADD")
			.param("summary", "Transactional mail")
			.param("effectiveOn", changes.earliestEffectiveDate().toString())
			.param("name", name)
			.param("contact", "dpo@form-mailer.example")
			.param("purpose", "Sending mail")
			.param("legalBasis", "Contract")
			.param("dataCategories", "Email addresses")
			.param("country", "FR")
			.param("location", "Paris")
			.param("safeguard", "NONE"))
			.andExpect(redirectedUrlPattern("/staff/subprocessors/changes/*"))
			.andExpect(flash().attribute("notice", "subprocessors.announced"));
		mvc.perform(get("/staff/subprocessors/changes").cookie(dpo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New sub-processor: " + name)))
			.andExpect(content()
				.string(containsString("Awaiting consent from the customer: the change does not apply until then: ")));
	}

	@Test
	void anAnnouncementTooSoonComesBackWithTheReason() throws Exception {
		Cookie admin = SignIn.as(mvc, "ops@nimbus.example", DEMO_PASSWORD);
		mvc.perform(post("/staff/subprocessors/changes").cookie(admin)
			.with(csrf())
			.param("type", "REMOVE")
			.param("summary", "Too soon")
			.param("effectiveOn", changes.earliestEffectiveDate().minusDays(1).toString()))
			.andExpect(redirectedUrl("/staff/subprocessors/changes"))
			.andExpect(flash().attributeExists("formError"));
	}

	@Test
	void theCustomerSeesItsCountdownAndObjectsFromThePage() throws Exception {
		UUID changeId = changes
			.announce(new NewSubprocessorChange(ChangeType.ADD,
					new NewSubprocessor("Page Host " + UUID.randomUUID().toString().substring(0, 6), "c", "Hosting",
							"Contract", "Logs", "FR", "Paris", TransferSafeguard.NONE, null, null, null),
					null, "A new host", changes.earliestEffectiveDate()), null)
			.id();
		Cookie hugo = SignIn.as(mvc, "hugo@boulangerie.example", DEMO_PASSWORD);
		mvc.perform(get("/subprocessors/changes").cookie(hugo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("8 days left to object")))
			.andExpect(content().string(containsString("Object to the change")));
		mvc.perform(post("/subprocessors/changes/{id}/objection", changeId).cookie(hugo)
			.with(csrf())
			.param("ground", "NOT_COMPLIANT")
			.param("justification", ""))
			.andExpect(redirectedUrl("/subprocessors/changes"))
			.andExpect(flash().attributeExists("answerError"));
		mvc.perform(post("/subprocessors/changes/{id}/objection", changeId).cookie(hugo)
			.with(csrf())
			.param("ground", "SECURITY_REDUCED")).andExpect(flash().attribute("notice", "subprocessors.objected"));
		mvc.perform(get("/subprocessors/changes").cookie(hugo))
			.andExpect(content().string(containsString("Objection under review")));
	}

	@Test
	void aCustomerUnder2018ConsentsFromThePageAndAMemberCannotAnswer() throws Exception {
		UUID changeId = changes
			.announce(new NewSubprocessorChange(ChangeType.ADD,
					new NewSubprocessor("Consent Host " + UUID.randomUUID().toString().substring(0, 6), "c", "Hosting",
							"Contract", "Logs", "FR", "Paris", TransferSafeguard.NONE, null, null, null),
					null, "A new host", changes.earliestEffectiveDate()), null)
			.id();
		Cookie tom = SignIn.as(mvc, "tom@civicdata.example", DEMO_PASSWORD);
		mvc.perform(get("/subprocessors/changes").cookie(tom))
			.andExpect(content().string(containsString("An owner or admin of your organization answers.")))
			.andExpect(content().string(not(containsString("I consent to this change"))));
		mvc.perform(
				post("/subprocessors/changes/{id}/consent", changeId).cookie(tom).with(csrf()).param("consent", "true"))
			.andExpect(status().isForbidden());
		Cookie nadia = SignIn.as(mvc, "nadia@civicdata.example", DEMO_PASSWORD);
		mvc.perform(post("/subprocessors/changes/{id}/consent", changeId).cookie(nadia)
			.with(csrf())
			.param("consent", "true")).andExpect(flash().attribute("notice", "subprocessors.consented"));
	}

}
