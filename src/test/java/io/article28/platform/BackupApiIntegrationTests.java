package io.article28.platform;

import static io.article28.Tenants.staffAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.accounts.StaffRole;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;
import io.article28.core.PageRequest;

/** The platform reports the database backups of an app; staff ADMIN only, validated. */
@IntegrationTest
class BackupApiIntegrationTests {

	static final String BODY = "{\"takenAt\":\"2026-11-20T03:00:00Z\",\"sizeBytes\":%d,\"downloadUrl\":\"%s\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	PlatformManagement platform;

	@Autowired
	TrailManagement trail;

	@Test
	void thePlatformRecordsABackupThenReplacesIt() throws Exception {
		var tenant = tenants.create();
		App app = app(tenant);
		mvc.perform(backup(tenant.id(), app.id().toString(), "nightly-1", staffAdmin(), 2048,
				"https://backups.example/nightly-1"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.backupId").value("nightly-1"))
			.andExpect(jsonPath("$.sizeBytes").value(2048));
		mvc.perform(backup(tenant.id(), app.id().toString(), "nightly-1", staffAdmin(), 4096,
				"https://backups.example/nightly-1b"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.downloadUrl").value("https://backups.example/nightly-1b"));
		mvc.perform(get("/api/v1/organizations/{org}/backups", tenant.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].sizeBytes").value(4096));
		assertThat(trail
			.entries(new TrailFilter(tenant.organization().id(), "backup.recorded", null, null), PageRequest.of(0, 10))
			.items()).hasSize(2);
	}

	@Test
	void aPlainHttpAddressANegativeSizeAndAMissingDateAreRefusedNamingTheField() throws Exception {
		var tenant = tenants.create();
		String appId = app(tenant).id().toString();
		mvc.perform(backup(tenant.id(), appId, "b1", staffAdmin(), 10, "http://backups.example/b1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("downloadUrl"));
		mvc.perform(backup(tenant.id(), appId, "b1", staffAdmin(), -1, "https://backups.example/b1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sizeBytes"));
		mvc.perform(put("/api/v1/organizations/{org}/apps/{app}/backups/b1", tenant.id(), appId).with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sizeBytes\":1,\"downloadUrl\":\"https://backups.example/b1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("takenAt"));
		mvc.perform(backup(tenant.id(), appId, "no spaces", staffAdmin(), 1, "https://backups.example/b1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("backupId"));
	}

	@Test
	void anAppOfAnotherOrganizationOrNoAppIsNotFound() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		String appOfOther = app(other).id().toString();
		mvc.perform(backup(tenant.id(), appOfOther, "b1", staffAdmin(), 1, "https://backups.example/b1"))
			.andExpect(status().isNotFound());
		mvc.perform(
				backup(tenant.id(), UUID.randomUUID().toString(), "b1", staffAdmin(), 1, "https://backups.example/b1"))
			.andExpect(status().isNotFound());
		assertThat(platform.backups(other.organization().id(), PageRequest.of(0, 10)).totalItems()).isZero();
	}

	@Test
	void onlyStaffAdminRecordsBackups() throws Exception {
		var tenant = tenants.create();
		String appId = app(tenant).id().toString();
		mvc.perform(backup(tenant.id(), appId, "b1", tenant.owner(), 1, "https://backups.example/b1"))
			.andExpect(status().isForbidden());
		mvc.perform(backup(tenant.id(), appId, "b1", tenants.staff(StaffRole.SUPPORT), 1, "https://backups.example/b1"))
			.andExpect(status().isForbidden());
	}

	private App app(Tenants.Tenant tenant) {
		return platform.registerApp(tenant.organization().id(), "app-" + UUID.randomUUID().toString().substring(0, 8),
				"osc-fr1", null);
	}

	private static MockHttpServletRequestBuilder backup(String organization, String app, String backupId,
			RequestPostProcessor who, long size, String url) {
		return put("/api/v1/organizations/{org}/apps/{app}/backups/{id}", organization, app, backupId).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(BODY.formatted(size, url));
	}

}
