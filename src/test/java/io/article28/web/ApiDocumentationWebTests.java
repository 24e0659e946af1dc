package io.article28.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;

/**
 * The OpenAPI document is titled with the product's name and the version of its build.
 */
@IntegrationTest
class ApiDocumentationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BuildProperties build;

	@Test
	void theDocumentNamesTheProductItsVersionAndWhatItIsFor() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Article 28"))
			.andExpect(jsonPath("$.info.version").value(build.getVersion()))
			.andExpect(jsonPath("$.info.version").value(Matchers.not("v0")))
			.andExpect(jsonPath("$.info.description").value(Matchers.containsString("processor")));
	}

}
