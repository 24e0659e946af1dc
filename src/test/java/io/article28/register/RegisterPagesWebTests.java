package io.article28.register;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;

/**
 * The DPO finds the register in the navigation, with the activities, the measures, the
 * controllers and the exports; a customer does not.
 */
@IntegrationTest
class RegisterPagesWebTests {

	@Autowired
	MockMvc mvc;

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
	void customersNeitherSeeTheLinkNorOpenThePage() throws Exception {
		Cookie session = SignIn.as(mvc, "alice@acme-health.example", "article28-demo");
		mvc.perform(get("/dashboard").cookie(session))
			.andExpect(content().string(not(containsString("href=\"/staff/register\""))));
		mvc.perform(get("/staff/register").cookie(session)).andExpect(status().isForbidden());
	}

}
