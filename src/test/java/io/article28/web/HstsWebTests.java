package io.article28.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.TestDatabase;
import io.article28.Tenants;

/**
 * Served over HTTPS (behind a load balancer that ends TLS, the request itself is plain
 * HTTP), every answer tells the browser to keep to HTTPS for a year.
 */
@SpringBootTest(properties = { "spring.datasource.url=${" + TestDatabase.ISOLATED_URL + "}",
		"article28.base-url=https://article28.example", "article28.admin.password=" + Tenants.ADMIN_PASSWORD,
		"db-scheduler.enabled=false", "article28.data-dir=target/test-data" })
@AutoConfigureMockMvc
class HstsWebTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyAnswerCarriesHstsWhenServedOverHttps() throws Exception {
		mvc.perform(get("/login")).andExpect(header().string("Strict-Transport-Security", "max-age=31536000"));
		mvc.perform(get("/api/v1/me")).andExpect(header().string("Strict-Transport-Security", "max-age=31536000"));
	}

}
