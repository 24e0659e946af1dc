package io.article28.requests;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;

/**
 * The public pages work without an account and without JavaScript: the form files, a
 * mistake comes back with what was typed, the mailed link opens a page whose button
 * confirms (following the link alone confirms nothing), and the status page follows.
 */
@IntegrationTest
class PublicRequestPagesWebTests {

	private static final Pattern LINK = Pattern.compile("/rights/([0-9a-f-]{36})/confirm\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonFilesConfirmsWithTheButtonAndFollowsTheRequest() throws Exception {
		String person = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		mvc.perform(get("/rights"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"website\"")))
			.andExpect(content().string(containsString("value=\"WITHDRAW_CONSENT\"")));
		mvc.perform(post("/rights").with(csrf())
			.with(from())
			.param("app", "boulangerie-shop")
			.param("right", "ERASURE")
			.param("email", person)
			.param("details", "Please erase my customer account")).andExpect(redirectedUrl("/rights/sent"));

		Matcher link = LINK.matcher(mailTo(person));
		assertThat(link.find()).isTrue();
		mvc.perform(get("/rights/{id}/confirm", link.group(1)).param("token", link.group(2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"confirm-request\"")));
		assertThat(statusOf(link.group(1))).as("opening the link confirms nothing").isEqualTo("UNCONFIRMED");

		mvc.perform(post("/rights/{id}/confirm", link.group(1)).with(csrf()).param("token", link.group(2)))
			.andExpect(redirectedUrlPattern("/rights/" + link.group(1) + "?token=*&confirmed"));
		assertThat(statusOf(link.group(1))).isEqualTo("RECEIVED");
		mvc.perform(post("/rights/{id}/confirm", link.group(1)).with(csrf()).param("token", link.group(2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already used")));
	}

	@Test
	void aPersonTypesTheAddressItKnowsAndTheFormFindsTheApp() throws Exception {
		String person = "domain-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		mvc.perform(post("/rights").with(csrf())
			.with(from())
			.param("app", "https://www.acme-health.example/contact")
			.param("right", "ACCESS")
			.param("email", person)
			.param("details", "What do you hold about me?")).andExpect(redirectedUrl("/rights/sent"));
		assertThat(jdbc.sql("select app_name from rights_request where requester_email = :to")
			.param("to", person)
			.query(String.class)
			.single()).isEqualTo("acme-website");
	}

	@Test
	void aMistakeComesBackWithWhatWasTyped() throws Exception {
		var flashed = mvc
			.perform(post("/rights").with(csrf())
				.with(from())
				.param("app", "no-such-app")
				.param("right", "ACCESS")
				.param("email", "someone@example.org")
				.param("details", "My words stay"))
			.andExpect(redirectedUrl("/rights"))
			.andExpect(flash().attributeExists("formError", "draft"))
			.andReturn()
			.getFlashMap();
		assertThat(flashed.get("formError").toString()).contains("field=app",
				"no app of that name or address is hosted here");
		assertThat(flashed.get("draft").toString()).contains("no-such-app", "ACCESS", "someone@example.org",
				"My words stay");
	}

	@Test
	void aWrongStatusLinkShowsNothing() throws Exception {
		mvc.perform(get("/rights/{id}", UUID.randomUUID()).param("token", "guess"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("@"))));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from() {
		String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String mailTo(String person) {
		List<String> bodies = jdbc
			.sql("select body_text from notification where recipient = :to and kind = 'request-confirm'")
			.param("to", person)
			.query(String.class)
			.list();
		return bodies.isEmpty() ? "" : bodies.get(0);
	}

	private String statusOf(String id) {
		return jdbc.sql("select status from rights_request where id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

}
