package io.article28.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.SignIn;
import io.article28.Tenants;
import io.article28.core.LegalCalendar;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.User;
import io.article28.accounts.UserId;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.CustomerBlock;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreId;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.Engine;
import io.article28.datastores.TlsMode;
import io.article28.agreements.DpaDocument;
import io.article28.agreements.SignatureRequest;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;
import io.article28.platform.InvoiceStatus;
import io.article28.platform.PlatformManagement;
import io.article28.trail.TrailEntry;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;
import tools.jackson.databind.json.JsonMapper;

/**
 * The done-when of deletion: an organization with every personal field filled asks to be
 * deleted, survives until the last instant of its return period, and is then purged: no
 * table holds anything of it but its invoices, the deletion's own record and the trail,
 * where its members are pseudonyms and the chain still verifies.
 */
@IntegrationTest
class AccountPurgeIntegrationTests {

	/** Where the organization's id may stay after the purge: no person is named there. */
	private static final List<String> KEEPS_ORGANIZATION_ID = List.of("invoice", "account_deletion", "trail_entry");

	/**
	 * A change row made up for the notice this organization answered; deleted after the
	 * test, since it names no sub-processor and the public pages would not show it.
	 */
	private static final UUID CHANGE = UUID.randomUUID();

	/**
	 * An incident made up for the breach this organization was told of; deleted after.
	 */
	private static final UUID INCIDENT = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformManagement platform;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	TrailManagement trail;

	@Autowired
	AccountPurgeJob job;

	@Autowired
	ExportManagement exports;

	@Autowired
	DataStoreManagement dataStores;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void afterTheReturnPeriodEveryPersonalFieldIsGoneAndTheTrailStillVerifies() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		OrganizationId organization = tenant.organization().id();
		String tag = tenant.ownerEmail().substring("owner@".length(), tenant.ownerEmail().indexOf('.'));
		User owner = person(organization, tenant.ownerEmail());
		User member = person(organization, tenant.memberEmail());
		fillEveryPersonalField(tenant, tag, owner, member);
		assertThat(tablesHolding(tag)).isNotEmpty();

		String body = mvc.perform(post("/api/v1/organizations/{org}/deletion", organization).with(tenant.owner()))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var deletion = json.readTree(body);
		Instant requestedAt = Instant.parse(deletion.get("requestedAt").asString());
		Instant purgeAfter = Instant.parse(deletion.get("purgeAfter").asString());
		assertThat(Duration.between(requestedAt, purgeAfter)).isEqualTo(Duration.ofDays(30));

		assertThat(job.purgeDueAccounts(purgeAfter.minusMillis(1))).isZero();
		assertThat(accounts.organizationNamed(tenant.organization().name())).isPresent();
		assertThat(job.purgeDueAccounts(purgeAfter)).isEqualTo(1);

		// The last message, to the owners and DPO, waits for delivery; it is erased once
		// delivered (NotificationErasureIntegrationTests).
		List<String> finalMails = jdbc
			.sql("select recipient from notification where kind = 'account-erased' and idempotency_key like :key")
			.param("key", "account-erased:" + organization + ":%")
			.query(String.class)
			.list();
		assertThat(finalMails).contains(tenant.ownerEmail(), "dpo@" + tag + ".example");
		jdbc.sql("delete from notification where kind = 'account-erased' and idempotency_key like :key")
			.param("key", "account-erased:" + organization + ":%")
			.update();

		assertThat(tablesHolding(tag)).isEmpty();
		for (UserId person : List.of(owner.id(), member.id())) {
			assertThat(tablesHolding(person.value().toString())).as("where %s still is", person).isEmpty();
		}
		assertThat(tablesHolding(organization.toString())).isSubsetOf(KEEPS_ORGANIZATION_ID);

		assertThat(trail.verify().valid()).isTrue();
		List<TrailEntry> entries = new ArrayList<>();
		trail.forEach(TrailFilter.organization(organization), entries::add);
		assertThat(entries).extracting(TrailEntry::action)
			.contains("member.added", "dpa.signed", "account.deletion-requested", "trail.pseudonymized",
					"account.purged");
		assertThat(entries).filteredOn(entry -> "member.added".equals(entry.action()))
			.allSatisfy(entry -> assertThat(entry.objectId()).isEqualTo(entry.objectPseudonym()));

		mvc.perform(formLogin().user(tenant.ownerEmail()).password(Tenants.PASSWORD)).andExpect(unauthenticated());
	}

	@AfterEach
	void deleteTheMadeUpChange() {
		jdbc.sql("delete from subprocessor_change_notice where change_id = :id").param("id", CHANGE).update();
		jdbc.sql("delete from subprocessor_change where id = :id").param("id", CHANGE).update();
		for (String table : List.of("authority_draft", "breach_notice_app", "breach_notice")) {
			jdbc.sql("delete from " + table + " where incident_id = :id").param("id", INCIDENT).update();
		}
		jdbc.sql("delete from incident where id = :id").param("id", INCIDENT).update();
	}

	@Test
	void onlyAScheduledDeletionWhosePeriodIsOverIsPurged() throws Exception {
		Tenants.Tenant tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/{org}/deletion", tenant.id()).with(tenant.owner()))
			.andExpect(status().isAccepted());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/organizations/{org}/deletion", tenant.id())
			.with(tenant.owner())).andExpect(status().isOk());

		assertThat(job.purgeDueAccounts(Instant.now().plus(Duration.ofDays(31)))).isZero();
		assertThat(accounts.organizationNamed(tenant.organization().name())).isPresent();
	}

	private void fillEveryPersonalField(Tenants.Tenant tenant, String tag, User owner, User member) throws Exception {
		OrganizationId organization = tenant.organization().id();
		accounts.changeDpoContact(organization, "DPO " + tag, "dpo@" + tag + ".example", owner.id());
		accounts.issueToken(member.id(), "token " + tag);
		accounts.rectifyProfile(member.id(), "Member renamed " + tag, null);
		mvc.perform(formLogin().user(tenant.memberEmail()).password("not-the-password")).andExpect(unauthenticated());
		SignIn.as(mvc, tenant.ownerEmail(), Tenants.PASSWORD);
		var app = platform.registerApp(organization, "app-" + tag, "osc-fr1", "https://" + tag + ".example/contact");
		platform.recordBackup(organization, app.id(), "backup-" + UUID.randomUUID(), Instant.now(), 1024,
				"https://backups." + tag + ".example/1");
		// a data store, its label and user naming the organization: erased with its
		// password
		dataStores.provision(
				organization, app.id(), new DataStoreId(UUID.randomUUID()), new DataStore.Definition("Shop of " + tag,
						Engine.POSTGRESQL, "127.0.0.1", 0, "shop", "reader_" + tag, TlsMode.REQUIRE),
				"password-of-" + tag);
		exports.request(organization, List.of(), owner.id());
		platform.recordInvoice(organization, "INV-" + UUID.randomUUID(), 1200, "EUR", LocalDate.now(),
				InvoiceStatus.PAID);
		DpaDocument shown = agreements.documentToSign(organization);
		agreements
			.sign(organization, owner.id(),
					new SignatureRequest(shown.versionId().value(), shown.sha256(),
							new CustomerBlock(tenant.organization().name(), "1 rue " + tag + ", Paris", "Owner " + tag,
									"CEO", "DPO " + tag, "dpo@" + tag + ".example"),
							true, "203.0.113.9", "agent " + tag));
		Instant now = Instant.now();
		jdbc.sql("insert into webhook (organization_id, url, secret, updated_at) values (:org, :url, :secret, :now)")
			.params(Map.of("org", organization.value(), "url", "https://hooks." + tag + ".example/in", "secret",
					"secret-" + tag + "-0123456789", "now", Timestamps.of(now)))
			.update();
		jdbc.sql(
				"""
						insert into dpa_upload (id, organization_id, version_id, uploaded_by, uploaded_at, filename, pdf, sha256,
						  status)
						values (:id, :org, :version, :by, :now, :filename, :pdf, :sha, 'PENDING')""")
			.params(Map.of("id", UUID.randomUUID(), "org", organization.value(), "version", shown.versionId().value(),
					"by", member.id().value(), "now", Timestamps.of(now), "filename", "signed-" + tag + ".pdf", "pdf",
					new byte[] { 1 }, "sha", "0".repeat(64)))
			.update();
		jdbc.sql("""
				insert into subprocessor_change (id, change_type, summary, effective_on, announced_at,
				  notified_organizations)
				values (:id, 'ADD', 'a test change', :on, :now, 1)""")
			.params(Map.of("id", CHANGE, "on", LocalDate.now().plusDays(30), "now", Timestamps.of(now)))
			.update();
		jdbc.sql(
				"""
						insert into subprocessor_change_notice (change_id, organization_id, dpa_version, regime, notified_at,
						  answer, ground, justification, answered_at, answered_by)
						values (:change, :org, :version, 'OBJECTION_WINDOW', :now, 'OBJECTED', 'NOT_COMPLIANT', :why, :now, :by)""")
			.params(Map.of("change", CHANGE, "org", organization.value(), "version", shown.versionId().value(), "now",
					Timestamps.of(now), "why", "justification by " + tag, "by", owner.id().value()))
			.update();
		jdbc.sql("""
				insert into incident (id, title, description, severity, status, detected_at, aware_at, declared_at,
				  declared_by)
				values (:id, 'a test breach', 'made up', 'LOW', 'OPEN', :now, :now, :now, :by)""")
			.params(Map.of("id", INCIDENT, "now", Timestamps.of(now), "by", UUID.randomUUID()))
			.update();
		jdbc.sql("""
				insert into breach_notice (incident_id, organization_id, notified_at, aware_at, aware_recorded_by)
				values (:incident, :org, :now, :now, :by)""")
			.params(Map.of("incident", INCIDENT, "org", organization.value(), "now", Timestamps.of(now), "by",
					member.id().value()))
			.update();
		jdbc.sql("""
				insert into breach_notice_app (incident_id, organization_id, app_id, app_name, region_code)
				values (:incident, :org, :app, :name, 'osc-fr1')""")
			.params(Map.of("incident", INCIDENT, "org", organization.value(), "app", app.id().value(), "name",
					"app-" + tag))
			.update();
		jdbc.sql("""
				insert into authority_draft (incident_id, organization_id, version, nature, contact, consequences,
				  measures, saved_at, saved_by)
				values (:incident, :org, 1, 'n', :contact, 'c', 'm', :now, :by)""")
			.params(Map.of("incident", INCIDENT, "org", organization.value(), "contact", "DPO " + tag, "now",
					Timestamps.of(now), "by", owner.id().value()))
			.update();
		// A government demand told to the organization: the demand stays, the link goes.
		mvc.perform(post("/api/v1/government-demands").with(httpBasic("dpo@nimbus.example", "article28-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"authority\":\"Tribunal judiciaire\",\"type\":\"COURT_ORDER\",\"receivedOn\":\""
					+ LocalDate.now().minusDays(1) + "\",\"dataConcerned\":\"Access logs\",\"organizations\":[\""
					+ organization + "\"],\"notice\":\"NOTIFY\"}"))
			.andExpect(status().isCreated());
		// An audit request with a thread: erased with the organization.
		String audit = json.readTree(mvc
			.perform(post("/api/v1/organizations/{org}/audit-requests", organization.value()).with(tenant.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scope\":\"Audit of " + tag + "\",\"proposedStart\":\"" + LocalDate.now().plusWeeks(27)
						+ "\",\"durationDays\":2,\"auditor\":{\"kind\":\"THIRD_PARTY\",\"name\":\"Auditor " + tag
						+ "\",\"confidentialityAgreementSigned\":true}}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		mvc.perform(post("/api/v1/audit-requests/{id}/concerns", audit)
			.with(httpBasic("dpo@nimbus.example", "article28-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Which apps?\"}")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/organizations/{org}/audit-requests/{id}/answers", organization.value(), audit)
			.with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"App " + tag + "\"}")).andExpect(status().isCreated());
		// A fee quote approved by a typed name, then a report attached once the audit
		// started.
		String quote = json.readTree(mvc
			.perform(post("/api/v1/audit-requests/{id}/fee-quotes", audit)
				.with(httpBasic("dpo@nimbus.example", "article28-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"assistance\":\"Hosting " + tag + "\",\"amount\":1200.00}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("quotes").get(0).get("id").asString();
		mvc.perform(post("/api/v1/organizations/{org}/audit-requests/{id}/fee-quotes/{quote}/approval",
				organization.value(), audit, quote)
			.with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"approverName\":\"Owner " + tag + "\",\"approve\":true}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/audit-requests/{id}/agreement", audit)
			.with(httpBasic("dpo@nimbus.example", "article28-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"start\":\"" + LocalDate.now(LegalCalendar.ZONE)
					+ "\",\"durationDays\":2,\"auditorAccepted\":true}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/audit-requests/{id}/start", audit)
			.with(httpBasic("dpo@nimbus.example", "article28-demo"))).andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/organizations/{org}/audit-requests/{id}/reports", organization.value(), audit)
			.file(new MockMultipartFile("file", "report-" + tag + ".pdf", "application/pdf", tag.getBytes()))
			.with(tenant.owner())).andExpect(status().isCreated());
		// A request for confirmation of a sub-processor's last audit, answered: erased
		// with
		// the organization.
		String subprocessor = json
			.readTree(mvc.perform(get("/api/v1/subprocessors")).andReturn().getResponse().getContentAsString())
			.get(0)
			.get("id")
			.asString();
		String confirmation = json.readTree(mvc
			.perform(post("/api/v1/organizations/{org}/subprocessor-audit-confirmations", organization.value())
				.with(tenant.owner())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subprocessorId\":\"" + subprocessor + "\",\"question\":\"Question of " + tag + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		mvc.perform(post("/api/v1/subprocessor-audit-confirmations/{id}/answer", confirmation)
			.with(httpBasic("dpo@nimbus.example", "article28-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"statement\":\"Statement for " + tag + "\"}")).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from notification where idempotency_key like :key")
				.param("key", "subprocessor-audit-answered:" + confirmation + "%")
				.query(Long.class)
				.single() > 0);
		// The welcome mails are queued after the members were added, from the outbox.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from notification where recipient = :to")
				.param("to", tenant.memberEmail())
				.query(Long.class)
				.single() > 0);
	}

	/** The tables where some text or id column holds the value. */
	private List<String> tablesHolding(String value) {
		List<Map<String, Object>> columns = jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where lower(table_schema) = 'public'
				  and lower(data_type) in ('character varying', 'character', 'text', 'uuid')""").query().listOfRows();
		List<String> tables = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = column.get("table_name").toString();
			String name = column.get("column_name").toString();
			long found = jdbc
				.sql("select count(*) from \"" + table + "\" where cast(\"" + name + "\" as varchar) like :value")
				.param("value", "%" + value + "%")
				.query(Long.class)
				.single();
			if (found > 0 && !tables.contains(table.toLowerCase())) {
				tables.add(table.toLowerCase());
			}
		}
		return tables;
	}

	private User person(OrganizationId organization, String email) {
		return accounts.members(organization, PageRequest.of(0, 10))
			.items()
			.stream()
			.filter(user -> user.email().value().equals(email))
			.findFirst()
			.orElseThrow();
	}

}
