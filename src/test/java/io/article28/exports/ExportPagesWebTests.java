package io.article28.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.core.PageRequest;

/** The Your data page: the form for those who may export, the history, the refresh. */
@IntegrationTest
class ExportPagesWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	ExportManagement exports;

	@Test
	void anOwnerSeesEveryPartCheckedTheEmptyHistoryAndTheDeletion() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/data").cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD)))
			.andExpect(redirectedUrl("/organizations/" + tenant.id() + "/data"));
		String page = mvc
			.perform(get("/organizations/{org}/data", tenant.id())
				.cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Refresh"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("name=\"parts\"", -1)).hasSize(ExportPart.values().length + 1);
		assertThat(page).contains("No export yet.", "id=\"deletion\"", "Delete the account", "Start the export");
	}

	@Test
	void aMemberWithoutTheExportPermissionSeesNoFormAndCannotPostOne() throws Exception {
		var tenant = tenants.create();
		String page = mvc
			.perform(get("/organizations/{org}/data", tenant.id())
				.cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("name=\"parts\"").contains("can export the organization");
		mvc.perform(post("/organizations/{org}/exports", tenant.id())
			.cookie(SignIn.as(mvc, tenant.memberEmail(), Tenants.PASSWORD))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(exports.exports(tenant.organization().id(), PageRequest.of(0, 10)).totalItems()).isZero();
	}

	@Test
	void theChosenPartsAreQueuedAndThePageRefreshesWhileTheExportRuns() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/organizations/{org}/exports", tenant.id())
			.cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD))
			.with(csrf())
			.param("parts", "TRAIL", "APPS")).andExpect(redirectedUrl("/organizations/" + tenant.id() + "/data"));
		var queued = exports.exports(tenant.organization().id(), PageRequest.of(0, 10)).items();
		assertThat(queued).singleElement()
			.satisfies(
					export -> assertThat(export.parts()).containsExactlyInAnyOrder(ExportPart.TRAIL, ExportPart.APPS));
		mvc.perform(get("/organizations/{org}/data", tenant.id())
			.cookie(SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Refresh", "3"));
	}

	@Test
	void anotherTenantsPageIsNotFound() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		mvc.perform(get("/organizations/{org}/data", tenant.id())
			.cookie(SignIn.as(mvc, other.ownerEmail(), Tenants.PASSWORD))).andExpect(status().isNotFound());
	}

}
