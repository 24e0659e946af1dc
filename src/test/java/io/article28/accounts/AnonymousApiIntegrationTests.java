package io.article28.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.article28.IntegrationTest;
import io.article28.SignIn;

/**
 * A caller without credentials is told to authenticate on every method, though the CSRF
 * check runs first; a signed-in browser session without its CSRF token is refused.
 */
@IntegrationTest
class AnonymousApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAnonymousCallerGets401WithTheWayToAuthenticateOnEveryMethod() throws Exception {
		String incident = "/api/v1/incidents/" + UUID.randomUUID();
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/api/v1/incidents"),
				post("/api/v1/incidents"), put("/api/v1/regions/anonymous"), patch(incident), delete(incident) }) {
			mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Article 28\", Bearer"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401));
		}
	}

	@Test
	void aSignedInSessionWithoutItsCsrfTokenIsRefusedWith403() throws Exception {
		Cookie session = SignIn.as(mvc, "alice@acme-health.example", "article28-demo");
		mvc.perform(post("/api/v1/me/tokens").cookie(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"no token\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("The form's CSRF token is missing or no longer valid."));
	}

}
