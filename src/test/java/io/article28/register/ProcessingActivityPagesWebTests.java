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

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.article28.IntegrationTest;
import io.article28.SignIn;

/**
 * The DPO adds and changes processing activities and describes the security measures from
 * the register page, with the API's checks shown next to the form and the API's trail
 * entries; administrators read the page without the forms, and nobody else may post them.
 */
@IntegrationTest
class ProcessingActivityPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegisterManagement register;

	@Test
	void theDpoAddsAnActivityWithTheFormAndSeesItInTheRegister() throws Exception {
		Cookie session = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/register").cookie(session))
			.andExpect(content().string(containsString("id=\"activity-new\"")))
			.andExpect(content().string(containsString("id=\"measures-form\"")));
		String purpose = "Uptime monitoring " + UUID.randomUUID();
		mvc.perform(activity(post("/staff/register/activities").cookie(session).with(csrf()), purpose, "Contract"))
			.andExpect(redirectedUrl("/staff/register#activities"))
			.andExpect(flash().attribute("notice", "processingRegister.activity.added"));

		UUID id = idOf(purpose);
		mvc.perform(get("/staff/register").cookie(session))
			.andExpect(content().string(containsString(purpose)))
			.andExpect(content().string(containsString("/staff/register/activities/" + id)));
		assertThat(trail("register.activity-added", id)).isEqualTo(1);
	}

	@Test
	void aRefusedActivityIsShownNextToTheFormWithWhatWasTyped() throws Exception {
		Cookie session = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		String subjects = "Visitors of the status page " + UUID.randomUUID();
		MvcResult refused = mvc
			.perform(post("/staff/register/activities").cookie(session)
				.with(csrf())
				.param("dataSubjects", subjects)
				.param("purpose", " ")
				.param("nature", "Collection")
				.param("legalBasis", "Contract")
				.param("dataCategories", "IP addresses")
				.param("retention", "30 days"))
			.andExpect(redirectedUrl("/staff/register#activity-new"))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=purpose"))))
			.andReturn();
		mvc.perform(get("/staff/register").cookie(session).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("class=\"form-error\"")))
			.andExpect(content().string(containsString("purpose: ")))
			.andExpect(content().string(containsString("must not be blank")))
			.andExpect(content().string(containsString(subjects)));
		assertThat(jdbc.sql("select count(*) from processing_activity where data_subjects = :s")
			.param("s", subjects)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDpoChangesAnActivityOnItsOwnPage() throws Exception {
		Cookie session = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		String purpose = "Log shipping " + UUID.randomUUID();
		UUID id = register
			.addActivity(new ActivityDescription("End users of the apps", purpose, "Storage", "Contract",
					"Connection logs", "12 months"))
			.id();
		mvc.perform(get("/staff/register/activities/{id}", id).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(purpose)))
			.andExpect(content().string(containsString("12 months")));

		MvcResult refused = mvc
			.perform(activity(post("/staff/register/activities/{id}", id).cookie(session).with(csrf()), purpose,
					"x".repeat(501)))
			.andExpect(redirectedUrl("/staff/register/activities/" + id))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=legalBasis"))))
			.andReturn();
		mvc.perform(get("/staff/register/activities/{id}", id).cookie(session).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("legalBasis: ")))
			.andExpect(content().string(containsString("must be at most 500 characters")));
		assertThat(register.activity(id).legalBasis()).isEqualTo("Contract");

		mvc.perform(activity(post("/staff/register/activities/{id}", id).cookie(session).with(csrf()), purpose,
				"Legitimate interest"))
			.andExpect(redirectedUrl("/staff/register#activities"))
			.andExpect(flash().attribute("notice", "processingRegister.activity.changed"));
		assertThat(register.activity(id).legalBasis()).isEqualTo("Legitimate interest");
		assertThat(trail("register.activity-changed", id)).isEqualTo(1);

		mvc.perform(get("/staff/register/activities/{id}", UUID.randomUUID()).cookie(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDpoDescribesTheSecurityMeasures() throws Exception {
		Cookie session = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		String current = register.securityMeasures().orElseThrow().description();
		MvcResult refused = mvc
			.perform(post("/staff/register/security-measures").cookie(session).with(csrf()).param("description", ""))
			.andExpect(redirectedUrl("/staff/register#measures-form"))
			.andExpect(flash().attribute("formError", Matchers.hasToString(containsString("field=description"))))
			.andReturn();
		mvc.perform(get("/staff/register").cookie(session).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("description: ")));
		assertThat(register.securityMeasures().orElseThrow().description()).isEqualTo(current);

		long before = measuresTrail();
		// The same text again: other tests read the demo measures.
		mvc.perform(
				post("/staff/register/security-measures").cookie(session).with(csrf()).param("description", current))
			.andExpect(redirectedUrl("/staff/register#measures"))
			.andExpect(flash().attribute("notice", "processingRegister.measures.described"));
		assertThat(measuresTrail()).isEqualTo(before + 1);
	}

	@Test
	void administratorsReadThePageWithoutTheFormsAndOthersCannotPostThem() throws Exception {
		UUID id = register
			.addActivity(new ActivityDescription("Staff", "Payroll " + UUID.randomUUID(), "Storage", "Legal obligation",
					"Salaries", "5 years"))
			.id();
		Cookie admin = SignIn.as(mvc, "ops@nimbus.example", "article28-demo");
		mvc.perform(get("/staff/register").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"activity-new\""))))
			.andExpect(content().string(not(containsString("id=\"measures-form\""))))
			.andExpect(content().string(not(containsString("/staff/register/activities/"))));
		Cookie customer = SignIn.as(mvc, "alice@acme-health.example", "article28-demo");
		for (Cookie session : new Cookie[] { admin, customer }) {
			mvc.perform(activity(post("/staff/register/activities").cookie(session).with(csrf()), "Not allowed",
					"Contract"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/staff/register/activities/{id}", id).cookie(session)).andExpect(status().isForbidden());
			mvc.perform(activity(post("/staff/register/activities/{id}", id).cookie(session).with(csrf()),
					"Not allowed", "Contract"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/staff/register/security-measures").cookie(session)
				.with(csrf())
				.param("description", "Not allowed")).andExpect(status().isForbidden());
		}
		Cookie dpo = SignIn.as(mvc, "dpo@nimbus.example", "article28-demo");
		mvc.perform(activity(post("/staff/register/activities").cookie(dpo), "No token", "Contract"))
			.andExpect(status().isForbidden());
		mvc.perform(activity(post("/staff/register/activities").with(csrf()), "Anonymous", "Contract"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc
			.sql("select count(*) from processing_activity where purpose in ('Not allowed', 'No token', 'Anonymous')")
			.query(Long.class)
			.single()).isZero();
	}

	private static MockHttpServletRequestBuilder activity(MockHttpServletRequestBuilder request, String purpose,
			String legalBasis) {
		return request.param("dataSubjects", "End users of the customers' apps")
			.param("purpose", purpose)
			.param("nature", "Collection, storage")
			.param("legalBasis", legalBasis)
			.param("dataCategories", "Contact data")
			.param("retention", "Contract + 30 days");
	}

	private UUID idOf(String purpose) {
		return jdbc.sql("select id from processing_activity where purpose = :p")
			.param("p", purpose)
			.query(UUID.class)
			.single();
	}

	private long trail(String action, UUID id) {
		return jdbc.sql("select count(*) from trail_entry where action = :action and object_id = :id")
			.param("action", action)
			.param("id", id.toString())
			.query(Long.class)
			.single();
	}

	private long measuresTrail() {
		return jdbc.sql("select count(*) from trail_entry where action = 'register.security-measures-changed'")
			.query(Long.class)
			.single();
	}

}
