package io.article28.trail;

import static io.article28.Tenants.staffAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.PageRequest;

@IntegrationTest
class TrailIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TrailManagement trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrailEntries entries;

	@Test
	void everyFoundationChangeLeavesAnEntryWithItsActor() throws Exception {
		String body = mvc
			.perform(post("/api/v1/organizations").with(staffAdmin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Trail " + UUID.randomUUID() + "\",\"billingEmail\":\"t@trail.example\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String orgId = JsonPath.read(body, "$.id");
		mvc.perform(put("/api/v1/organizations/" + orgId + "/dpo").with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Dee\",\"email\":\"dee@trail.example\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/organizations/" + orgId + "/trail").with(staffAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].action").value("dpo-contact.changed"))
			.andExpect(jsonPath("$.items[1].action").value("organization.created"))
			.andExpect(jsonPath("$.items[*].actorType", everyItem(is("STAFF"))));
	}

	@Test
	void aMachineClientWithATokenIsRecordedAsThePlatform() throws Exception {
		var tenant = tenants.create();
		String token = JsonPath.read(mvc.perform(post("/api/v1/me/tokens").with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"provisioning\"}")).andReturn().getResponse().getContentAsString(), "$.token");
		mvc.perform(put("/api/v1/organizations/" + tenant.id() + "/dpo").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Dee\",\"email\":\"dee@trail.example\"}")).andExpect(status().isOk());
		mvc.perform(
				get("/api/v1/organizations/" + tenant.id() + "/trail?action=dpo-contact.changed").with(tenant.owner()))
			.andExpect(jsonPath("$.items[0].actorType").value("PLATFORM"));
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/trail?action=api-token.").with(tenant.owner()))
			.andExpect(jsonPath("$.items[0].action").value("api-token.created"))
			.andExpect(jsonPath("$.items[0].actorType").value("USER"));
	}

	@Test
	void aFailedSignInIsRecordedWithoutTheEmail() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/api/v1/me").with(httpBasic(tenant.memberEmail(), "wrong-password")))
			.andExpect(status().isUnauthorized());
		String trailJson = mvc
			.perform(get("/api/v1/organizations/" + tenant.id() + "/trail?action=login.failed").with(tenant.owner()))
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.items[0].actorType").value("ANONYMOUS"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(trailJson).doesNotContain(tenant.memberEmail());
	}

	@Test
	void aCustomerReadsOnlyItsOwnEntries() throws Exception {
		var mine = tenants.create();
		var theirs = tenants.create();
		mvc.perform(get("/api/v1/organizations/" + mine.id() + "/trail").with(mine.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].organizationId", everyItem(is(mine.id()))));
		mvc.perform(get("/api/v1/organizations/" + theirs.id() + "/trail").with(mine.member()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/trail").with(mine.owner())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/trail/verification").with(mine.owner())).andExpect(status().isForbidden());
	}

	@Test
	void entriesAreFilteredByActionPrefixAndDate() throws Exception {
		var tenant = tenants.create();
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/trail?action=member.&from=" + today + "&to=" + today)
			.with(tenant.owner())).andExpect(jsonPath("$.totalItems").value(2));
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/trail?action=member.&to=2020-01-01")
			.with(tenant.owner())).andExpect(jsonPath("$.totalItems").value(0));
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/trail?from=2026-02-01&to=2026-01-01")
			.with(tenant.owner()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void theCsvExportCarriesEveryFieldNeededToRecomputeTheHashes() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/api/v1/organizations/" + tenant.id() + "/trail/export").with(tenant.owner()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString(
					"sequence,recorded_at,actor_type,actor_id,actor_pseudonym,organization_id,action,object_type,object_id,"
							+ "object_pseudonym,detail,previous_hash,hash")))
			.andExpect(content().string(containsString("organization.created")))
			.andExpect(content().string(containsString("member.added")));
		assertThat(trail
			.entries(new TrailFilter(tenant.organization().id(), "trail.exported", null, null), PageRequest.of(0, 5))
			.totalItems()).isEqualTo(1);
	}

	@Test
	void verificationFindsARowEditedBehindTheApplicationsBack() throws Exception {
		var tenant = tenants.create();
		mvc.perform(get("/api/v1/trail/verification").with(staffAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.firstInvalidSequence").isEmpty());
		TrailEntry victim = trail
			.entries(new TrailFilter(tenant.organization().id(), "member.added", null, null), PageRequest.of(0, 1))
			.items()
			.get(0);
		jdbc.sql("update trail_entry set detail = :forged where sequence = :sequence")
			.param("forged", "{\"role\":\"OWNER\"}")
			.param("sequence", victim.sequence())
			.update();
		try {
			mvc.perform(get("/api/v1/trail/verification").with(staffAdmin()))
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.firstInvalidSequence").value(victim.sequence()));
		}
		finally {
			jdbc.sql("update trail_entry set detail = :original where sequence = :sequence")
				.param("original", victim.detail())
				.param("sequence", victim.sequence())
				.update();
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void aDeletedEntryIsFoundAsAGap() {
		var tenant = tenants.create();
		TrailEntry victim = trail
			.entries(new TrailFilter(tenant.organization().id(), "member.added", null, null), PageRequest.of(0, 1))
			.items()
			.get(0);
		tenants.create(); // entries after the victim
		jdbc.sql("delete from trail_entry where sequence = :sequence").param("sequence", victim.sequence()).update();
		try {
			assertThat(trail.verify().firstInvalidSequence()).isEqualTo(victim.sequence());
		}
		finally {
			entries.insert(victim);
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void anEntryRemovedFromTheEndOfTheChainIsFound() {
		var tenant = tenants.create();
		TrailEntry last = trail
			.entries(new TrailFilter(tenant.organization().id(), "member.added", null, null), PageRequest.of(0, 1))
			.items()
			.get(0);
		jdbc.sql("delete from trail_entry where sequence = :sequence").param("sequence", last.sequence()).update();
		try {
			assertThat(trail.verify().firstInvalidSequence()).isEqualTo(last.sequence());
		}
		finally {
			entries.insert(last);
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void aRowForgedBeyondTheHeadIsFoundAndStopsAppendsWithAnIntegrityError() throws Exception {
		long head = entries.head().sequence();
		long forged = head + 1;
		jdbc.sql("""
				insert into trail_entry (sequence, recorded_at, actor_type, actor_id, actor_pseudonym, organization_id,
				  action, object_type, object_id, object_pseudonym, detail, previous_hash, hash)
				select sequence + 1, recorded_at, actor_type, actor_id, actor_pseudonym, organization_id,
				  action, object_type, object_id, object_pseudonym, detail, hash, hash
				from trail_entry where sequence = :sequence""").param("sequence", head).update();
		try {
			assertThat(trail.verify().firstInvalidSequence()).isEqualTo(forged);
			mvc.perform(post("/api/v1/organizations").with(staffAdmin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Blocked " + UUID.randomUUID() + "\",\"billingEmail\":\"b@trail.example\"}"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("audit trail")));
		}
		finally {
			jdbc.sql("delete from trail_entry where sequence = :sequence").param("sequence", forged).update();
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void aPurgeKeepsTheEntryAtTheCutoffAndLeavesAVerifiableChain() {
		var tenant = tenants.create();
		var entries = trail
			.entries(new TrailFilter(tenant.organization().id(), "member.added", null, null), PageRequest.of(0, 2))
			.items();
		TrailEntry newer = entries.get(0);
		TrailEntry older = entries.get(1);
		Instant cutoff = newer.recordedAt();
		assertThat(older.recordedAt()).isBefore(cutoff);

		assertThat(trail.purgeBefore(cutoff)).isPositive();

		var remaining = trail.entries(new TrailFilter(tenant.organization().id(), "member.added", null, null),
				PageRequest.of(0, 5));
		assertThat(remaining.items()).extracting(TrailEntry::sequence).containsExactly(newer.sequence());
		Verification verification = trail.verify();
		assertThat(verification.valid()).isTrue();
		assertThat(trail.entries(new TrailFilter(null, "trail.purged", null, null), PageRequest.of(0, 1)).items())
			.singleElement()
			.satisfies(entry -> assertThat(entry.actorType()).isEqualTo(ActorType.SYSTEM));
	}

	@Test
	void aForgedCheckpointFailsVerification() {
		var tenant = tenants.create();
		Instant cutoff = trail
			.entries(new TrailFilter(tenant.organization().id(), "member.added", null, null), PageRequest.of(0, 1))
			.items()
			.get(0)
			.recordedAt();
		trail.purgeBefore(cutoff);
		long id = jdbc.sql("select max(id) from trail_checkpoint").query(Long.class).single();
		String hash = jdbc.sql("select hash from trail_checkpoint where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		jdbc.sql("update trail_checkpoint set hash = :forged where id = :id")
			.param("forged", "f".repeat(64))
			.param("id", id)
			.update();
		try {
			assertThat(trail.verify().valid()).isFalse();
		}
		finally {
			jdbc.sql("update trail_checkpoint set hash = :hash where id = :id")
				.param("hash", hash)
				.param("id", id)
				.update();
		}
		assertThat(trail.verify().valid()).isTrue();
	}

	@Test
	void theRetentionJobIsARecurringTaskOfTheDatabaseScheduler(
			@Autowired java.util.List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<?>> tasks) {
		assertThat(tasks).extracting(task -> task.getName()).contains("trail-retention");
	}

}
