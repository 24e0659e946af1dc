package io.article28.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;

@IntegrationTest
class PlatformPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Test
	void aRefusedImportListsEachFaultyLine() throws Exception {
		Cookie session = SignIn.as(mvc, Tenants.ADMIN_EMAIL, Tenants.ADMIN_PASSWORD);
		MockMultipartFile file = new MockMultipartFile("file", "apps.csv", "text/csv", """
				organization,name,region,contact_url
				Acme Health SAS,UPPER CASE,osc-fr1,
				Acme Health SAS,fine-name-x,nowhere-1,
				""".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/staff/import").file(file).param("kind", "APPS").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/staff/import"));
		mvc.perform(get("/staff/import").cookie(session))
			.andExpect(content().string(containsString("Line 2, column name")))
			.andExpect(content().string(containsString("Line 3, column region")));
	}

	@Test
	void customersCannotOpenTheStaffPages() throws Exception {
		var tenant = tenants.create();
		Cookie session = SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		mvc.perform(get("/staff/import").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/regions").cookie(session)).andExpect(status().isForbidden());
	}

}
