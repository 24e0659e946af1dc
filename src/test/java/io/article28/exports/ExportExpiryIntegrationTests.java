package io.article28.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IsolatedIntegrationTest;
import io.article28.MovingClock;
import io.article28.MutableClock;
import io.article28.Tenants;
import io.article28.core.PageRequest;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;
import tools.jackson.databind.json.JsonMapper;

/**
 * The download link lives {@link AccountExport#VALIDITY} from the moment the file is
 * written: a second before, the file is served; from that moment on, it is gone, and the
 * job deletes the file. On a database of its own, since the clock moves ahead.
 */
@IsolatedIntegrationTest
@Import(MovingClock.class)
class ExportExpiryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Tenants tenants;

	@Autowired
	ExportManagement exports;

	@Autowired
	ExportJob job;

	@Autowired
	ExportFiles files;

	@Autowired
	TrailManagement trail;

	@Autowired
	JsonMapper json;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theLinkWorksASecondBeforeSevenDaysAndIsGoneFromThen() throws Exception {
		var tenant = tenants.create();
		String started = mvc.perform(post("/api/v1/organizations/{org}/exports", tenant.id()).with(tenant.owner()))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		UUID id = UUID.fromString(json.readTree(started).get("id").asString());
		job.writeQueued();
		AccountExport written = exports.export(tenant.organization().id(), id);
		assertThat(Duration.between(written.completedAt(), written.expiresAt())).isEqualTo(Duration.ofDays(7));

		clock.setTo(written.expiresAt().minusSeconds(1));
		mvc.perform(download(tenant, id)).andExpect(status().isOk());
		// Other exports on this shared database may be due; this one is not.
		job.expireDue();
		assertThat(exports.export(tenant.organization().id(), id).status()).as("nothing expires before its time")
			.isEqualTo(ExportStatus.COMPLETED);
		assertThat(Files.exists(files.of(id))).isTrue();

		clock.setTo(written.expiresAt());
		mvc.perform(download(tenant, id)).andExpect(status().isGone()).andExpect(jsonPath("$.status").value(410));

		clock.setTo(written.expiresAt().plusSeconds(60));
		assertThat(job.expireDue()).isPositive();
		assertThat(Files.exists(files.of(id))).isFalse();
		mvc.perform(get("/api/v1/organizations/{org}/exports/{id}", tenant.id(), id).with(tenant.owner()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EXPIRED"));
		mvc.perform(download(tenant, id)).andExpect(status().isGone());
		assertThat(
				trail.entries(new TrailFilter(tenant.organization().id(), "export.", null, null), PageRequest.of(0, 20))
					.items())
			.extracting(entry -> entry.action())
			.contains("export.started", "export.completed", "export.downloaded", "export.expired");
	}

	private static org.springframework.test.web.servlet.RequestBuilder download(Tenants.Tenant tenant, UUID id) {
		return get("/api/v1/organizations/{org}/exports/{id}/download", tenant.id(), id).with(tenant.owner());
	}

}
