package io.article28.exports;

import static io.article28.Tenants.staffAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.datastores.Category;
import io.article28.datastores.ColumnClassification;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.TestStores;
import io.article28.accounts.AccountManagement;
import io.article28.accounts.NewMember;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationRole;
import io.article28.agreements.AgreementManagement;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditPlan;
import io.article28.audits.Auditor;
import io.article28.agreements.DpaSignature;
import io.article28.core.PageRequest;
import io.article28.requests.RequestManagement;
import io.article28.requests.RequestRight;
import io.article28.requests.RightsRequest;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export from the API to the opened ZIP: what it holds, that the manifest accounts
 * for every byte, and who may start and download it.
 */
@IntegrationTest
class ExportIntegrationTests {

	static final String DEMO_PASSWORD = "article28-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AgreementManagement agreements;

	@Autowired
	PlatformManagement platform;

	@Autowired
	TrailManagement trail;

	@Autowired
	ExportJob job;

	@Autowired
	AuditManagement audits;

	@Autowired
	JsonMapper json;

	@Autowired
	RequestManagement requests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@AfterAll
	static void dropTheDatabases() throws java.sql.SQLException {
		CustomerDatabases.dropAll();
	}

	@Test
	void anOwnerExportsEverythingAndTheManifestAccountsForEveryFile() throws Exception {
		Organization civic = accounts.organizationNamed("Civic Data Lab").orElseThrow();
		RequestPostProcessor nadia = httpBasic("nadia@civicdata.example", DEMO_PASSWORD);
		App app = platform.apps(civic.id(), PageRequest.of(0, 10)).items().get(0);
		String backupId = "bk-" + UUID.randomUUID().toString().substring(0, 8);
		String backupUrl = "https://backups.platform.example/" + backupId + ".dump";
		mvc.perform(put("/api/v1/organizations/{org}/apps/{app}/backups/{id}", civic.id(), app.id(), backupId)
			.with(staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"takenAt\":\"2026-11-01T02:00:00Z\",\"sizeBytes\":123456,\"downloadUrl\":\"" + backupUrl
					+ "\"}"))
			.andExpect(status().isCreated());

		UUID exportId = start(civic.id().toString(), nadia, null);
		assertThat(job.writeQueued()).isPositive();
		mvc.perform(get("/api/v1/organizations/{org}/exports/{id}", civic.id(), exportId).with(nadia))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.progress").value(100))
			.andExpect(jsonPath("$.sha256").isString())
			.andExpect(jsonPath("$.expiresAt").isString());
		var response = mvc
			.perform(get("/api/v1/organizations/{org}/exports/{id}/download", civic.id(), exportId).with(nadia))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/zip"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andReturn()
			.getResponse();
		byte[] bytes = response.getContentAsByteArray();
		assertThat(response.getHeader("X-Content-SHA256")).isEqualTo(ExportZip.sha256(bytes));
		ExportZip zip = ExportZip.open(bytes);

		JsonNode manifest = json.readTree(zip.text("manifest.json"));
		Set<String> listed = new HashSet<>();
		for (JsonNode file : manifest.get("files")) {
			String path = file.get("path").asString();
			listed.add(path);
			assertThat(zip.entries()).as(path).containsKey(path);
			assertThat(ExportZip.sha256(zip.entries().get(path))).as(path).isEqualTo(file.get("sha256").asString());
			assertThat((long) zip.entries().get(path).length).as(path).isEqualTo(file.get("sizeBytes").asLong());
		}
		Set<String> inZip = new HashSet<>(zip.entries().keySet());
		inZip.remove("manifest.json");
		assertThat(listed).isEqualTo(inZip);
		assertThat(inZip).contains("profile/organization.json", "profile/members.csv", "apps/apps.csv",
				"invoices/invoices.csv", "dpa/status.json", "dpa/signatures.json", "subprocessors/notices.json",
				"subprocessors/audit-confirmations.json", "notifications/notifications.csv", "requests/requests.json",
				"audits/audits.json", "breaches/breaches.json", "demands/demands.json", "data_map/stores.json",
				"trail/trail.csv", "platform/backups.csv", "platform/logs.json", "platform/not-available.json");

		List<CSVRecord> entries = csv(zip.text("trail/trail.csv"));
		assertThat(entries).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.get("organization_id")).isEqualTo(civic.id().toString()));
		assertThat(entries).extracting(entry -> entry.get("action"))
			.contains("organization.created", "dpa.signed", "export.started");

		List<DpaSignature> signatures = agreements.signatures(civic.id());
		assertThat(signatures).isNotEmpty();
		for (DpaSignature signature : signatures) {
			assertThat(zip.entries().get("dpa/signatures/" + signature.id() + ".pdf")).isEqualTo(signature.signedPdf());
		}
		assertThat(csv(zip.text("profile/members.csv"))).extracting(member -> member.get("email"))
			.contains("nadia@civicdata.example", "tom@civicdata.example");
		assertThat(csv(zip.text("platform/backups.csv"))).anySatisfy(backup -> {
			assertThat(backup.get("backup_id")).isEqualTo(backupId);
			assertThat(backup.get("download_url")).isEqualTo(backupUrl);
			assertThat(backup.get("app_name")).isEqualTo(app.name());
		});
		assertThat(zip.text("requests/requests.json")).contains("\"requests\":",
				"rights requests of data subjects forwarded");
		assertThat(zip.text("platform/not-available.json")).contains("alerts", "metrics");
		assertThat(zip.text("platform/logs.json")).as("without a logs URL configured, the export says whom to ask")
			.contains(app.name(), "Ask the provider's support");

		assertThat(trail.entries(new TrailFilter(civic.id(), "export.", null, null), PageRequest.of(0, 200)).items())
			.filteredOn(entry -> entry.objectId().equals(exportId.toString()))
			.extracting(entry -> entry.action() + "/" + entry.actorType())
			.contains("export.started/USER", "export.completed/SYSTEM", "export.downloaded/USER");
	}

	@Test
	void chosenPartsAreTheOnlyFilesInTheZip() throws Exception {
		var tenant = tenants.create();
		UUID exportId = start(tenant.id(), tenant.owner(), "{\"parts\":[\"INVOICES\",\"TRAIL\"]}");
		job.writeQueued();
		ExportZip zip = download(tenant.id(), exportId, tenant.owner());
		assertThat(zip.entries().keySet()).containsExactlyInAnyOrder("invoices/invoices.csv", "trail/trail.csv",
				"manifest.json");
		assertThat(json.readTree(zip.text("manifest.json")).get("parts").toString())
			.isEqualTo("[\"invoices\",\"trail\"]");
	}

	@Test
	void theDataMapOfEachStoreIsExportedWithItsReviewsAndPathsButNeitherItsDataNorItsPassword() throws Exception {
		var tenant = tenants.create();
		DataStore store = stores.discoveredShop(tenant);
		dataMaps.review(tenant.organization().id(), store.id(),
				new ColumnClassification.Ref("public", "customers", "phone"), Category.NONE, null);

		UUID exportId = start(tenant.id(), tenant.owner(), "{\"parts\":[\"DATA_MAP\"]}");
		job.writeQueued();
		ExportZip zip = download(tenant.id(), exportId, tenant.owner());

		String folder = "data_map/" + store.id() + "/";
		assertThat(zip.entries().keySet()).containsExactlyInAnyOrder("data_map/stores.json", folder + "columns.csv",
				folder + "map.json", "manifest.json");
		JsonNode exported = json.readTree(zip.text("data_map/stores.json")).at("/stores/0");
		assertThat(exported.get("label").asString()).isEqualTo("Shop");
		assertThat(exported.get("username").asString()).isEqualTo(store.definition().username());
		assertThat(exported.has("password")).isFalse();
		assertThat(exported.get("approximatePeople").asLong()).isEqualTo(6);
		assertThat(json.convertValue(exported.get("categories"), List.class)).contains("EMAIL", "DATE_OF_BIRTH")
			.doesNotContain("PHONE");
		assertThat(csv(zip.text(folder + "columns.csv"))).anySatisfy(column -> {
			assertThat(column.get("table") + "." + column.get("column")).isEqualTo("customers.phone");
			assertThat(column.get("suggested_category")).isEqualTo("PHONE");
			assertThat(column.get("reviewed_category")).isEqualTo("NONE");
		});
		assertThat(json.readTree(zip.text(folder + "map.json")).at("/subjects/0/table").asString())
			.isEqualTo("customers");
		for (var entry : zip.entries().entrySet()) {
			String text = new String(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(text).as(entry.getKey())
				.doesNotContain(CustomerDatabases.PASSWORD)
				.doesNotContain("lea.moreau@example.fr")
				.doesNotContain("Léa Moreau");
		}
	}

	@Test
	void theRightsRequestsForwardedToTheOrganizationAreExportedWithTheirAnswers() throws Exception {
		var tenant = tenants.create();
		String app = "req-" + UUID.randomUUID().toString().substring(0, 8);
		platform.registerApp(tenant.organization().id(), app, "osc-fr1", null);
		RightsRequest filed = requests.submit(new RequestManagement.NewRequest(app, RequestRight.PORTABILITY,
				"someone@example.org", "My orders, as CSV please"), "10.5.5.5");
		String token = java.util.regex.Pattern.compile("confirm\\?token=([A-Za-z0-9_-]+)")
			.matcher(jdbc
				.sql("select body_text from notification where kind = 'request-confirm' and idempotency_key = :k")
				.param("k", "request-confirm:" + filed.id() + ":EMAIL:someone@example.org")
				.query(String.class)
				.single())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		requests.confirm(filed.id(), token);
		byte[] answer = "order_id,total\n1,12.50\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		requests.attach(tenant.organization().id(), filed.id(), "orders.csv", "text/csv", answer);

		UUID exportId = start(tenant.id(), tenant.owner(), "{\"parts\":[\"REQUESTS\"]}");
		job.writeQueued();
		var zip = download(tenant.id(), exportId, tenant.owner());
		var exported = json.readTree(zip.text("requests/requests.json"));
		assertThat(exported.get("requests")).hasSize(1);
		var attachment = exported.get("requests").get(0).get("attachments").get(0);
		assertThat(attachment.get("filename").asString()).isEqualTo("orders.csv");
		assertThat(attachment.get("sha256").asString()).isEqualTo(io.article28.core.Digests.sha256Hex(answer));
		assertThat(zip.text(attachment.get("file").asString())).isEqualTo("order_id,total\n1,12.50\n");
		assertThat(exported.get("requests").get(0).get("details").asString()).isEqualTo("My orders, as CSV please");
		assertThat(exported.get("requests").get(0).get("right").asString()).isEqualTo("PORTABILITY");
	}

	@Test
	void theAuditsBreachesAndDemandsOfTheOrganizationAreExportedWithTheReportFiles() throws Exception {
		var tenant = tenants.create();
		RequestPostProcessor dpo = httpBasic("dpo@nimbus.example", DEMO_PASSWORD);
		RequestPostProcessor security = httpBasic("security@nimbus.example", DEMO_PASSWORD);
		App app = platform.registerApp(tenant.organization().id(),
				"cases-" + UUID.randomUUID().toString().substring(0, 8), "osc-fr1", null);
		// An audit agreed from today, with an approved quote, started, and a report.
		var audit = audits.submit(
				tenant.organization().id(), new AuditPlan("Our backups",
						audits.rules(tenant.organization().id()).earliestStart(), 2, Auditor.self(), null),
				tenantOwner(tenant));
		audits.agree(audit.id(), audits.rules(tenant.organization().id()).today(), 2, false,
				userId("dpo@nimbus.example"));
		var quote = audits.proposeQuote(audit.id(), "Two days on site", new java.math.BigDecimal("1800"),
				userId("dpo@nimbus.example"));
		audits.approveQuote(tenant.organization().id(), audit.id(), quote.id(), "Owner Name", true,
				tenantOwner(tenant));
		audits.start(audit.id(), userId("dpo@nimbus.example"));
		byte[] report = "%PDF-1.7 findings".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		audits.attachReport(audit.id(), "findings.pdf", "application/pdf", report, userId("dpo@nimbus.example"));
		// A breach naming the tenant's app only, and a demand it is told of.
		String incident = json.readTree(mvc.perform(post("/api/v1/incidents").with(security)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Cases export breach\",\"description\":\"Found by monitoring\",\"severity\":\"HIGH\","
					+ "\"detectedAt\":\"" + java.time.Instant.now().minusSeconds(7200) + "\",\"awareAt\":\""
					+ java.time.Instant.now().minusSeconds(3600) + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asString();
		mvc.perform(post("/api/v1/incidents/{id}/breach", incident).with(security)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"breach\":true,\"regions\":[],\"apps\":[\"" + app.id().value() + "\"],\"dataStores\":[\"db\"],"
					+ "\"windowFrom\":\"" + java.time.Instant.now().minusSeconds(86400) + "\",\"windowTo\":\""
					+ java.time.Instant.now().minusSeconds(7200) + "\",\"dataCategories\":[\"contact data\"],"
					+ "\"consequences\":\"Phishing\",\"measures\":\"Keys rotated\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/incidents/{id}/notifications", incident).with(security))
			.andExpect(status().isAccepted());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from breach_notice where organization_id = :org")
				.param("org", tenant.organization().id().value())
				.query(Long.class)
				.single() == 1);
		mvc.perform(post("/api/v1/government-demands").with(dpo)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"authority\":\"Cases tribunal\",\"type\":\"COURT_ORDER\",\"receivedOn\":\""
					+ java.time.LocalDate.now().minusDays(1)
					+ "\",\"dataConcerned\":\"Access logs\",\"organizations\":[\"" + tenant.organization().id().value()
					+ "\"],\"notice\":\"NOTIFY\"}"))
			.andExpect(status().isCreated());

		UUID exportId = start(tenant.id(), tenant.owner(), "{\"parts\":[\"AUDITS\",\"BREACHES\",\"DEMANDS\"]}");
		job.writeQueued();
		var zip = download(tenant.id(), exportId, tenant.owner());

		JsonNode exportedAudit = json.readTree(zip.text("audits/audits.json")).get(0);
		assertThat(exportedAudit.get("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(exportedAudit.at("/feeQuotes/0/approverName").asString()).isEqualTo("Owner Name");
		assertThat(exportedAudit.at("/feeQuotes/0/approvedSha256").asString()).isEqualTo(quote.sha256());
		assertThat(zip.entries().get(exportedAudit.at("/reports/0/file").asString())).isEqualTo(report);
		JsonNode breach = json.readTree(zip.text("breaches/breaches.json")).get(0);
		assertThat(breach.get("title").asString()).isEqualTo("Cases export breach");
		assertThat(breach.get("apps").get(0).asString()).isEqualTo(app.name());
		assertThat(breach.get("authorityDeadline").asString()).isNotEmpty();
		assertThat(json.readTree(zip.text("demands/demands.json")).get(0).get("authority").asString())
			.isEqualTo("Cases tribunal");
	}

	@Test
	void aMemberWithoutTheExportPermissionCannotStartOrDownload() throws Exception {
		var tenant = tenants.create();
		UUID exportId = start(tenant.id(), tenant.owner(), null);
		job.writeQueued();
		mvc.perform(post("/api/v1/organizations/{org}/exports", tenant.id()).with(tenant.member()))
			.andExpect(status().isForbidden());
		mvc.perform(
				get("/api/v1/organizations/{org}/exports/{id}/download", tenant.id(), exportId).with(tenant.member()))
			.andExpect(status().isForbidden());
		mvc.perform(
				get("/api/v1/organizations/{org}/exports/{id}/download", tenant.id(), exportId).with(tenant.owner()))
			.andExpect(status().isOk());
	}

	@Test
	void anAdminWithoutTheExportPermissionCannotStart() throws Exception {
		Organization acme = accounts.organizationNamed("Acme Health SAS").orElseThrow();
		mvc.perform(post("/api/v1/organizations/{org}/exports", acme.id())
			.with(httpBasic("bruno@acme-health.example", DEMO_PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void aMemberGivenTheExportPermissionStartsAndDownloads() throws Exception {
		var tenant = tenants.create();
		String email = "exporter@" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		accounts.addMember(tenant.organization().id(),
				new NewMember(email, "Exporter", OrganizationRole.MEMBER, true, Tenants.PASSWORD), null);
		RequestPostProcessor exporter = httpBasic(email, Tenants.PASSWORD);
		UUID exportId = start(tenant.id(), exporter, "{\"parts\":[\"PROFILE\"]}");
		job.writeQueued();
		assertThat(download(tenant.id(), exportId, exporter).entries()).containsKey("profile/members.csv");
	}

	@Test
	void aMemberNamedLikeAFormulaIsWrittenAsTextInTheMembersCsv() throws Exception {
		var tenant = tenants.create();
		String email = "formula@" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		accounts.addMember(tenant.organization().id(), new NewMember(email, "=HYPERLINK(\"https://evil.example\")",
				OrganizationRole.MEMBER, false, Tenants.PASSWORD), null);
		UUID exportId = start(tenant.id(), tenant.owner(), "{\"parts\":[\"PROFILE\"]}");
		job.writeQueued();
		assertThat(csv(download(tenant.id(), exportId, tenant.owner()).text("profile/members.csv")))
			.filteredOn(member -> member.get("email").equals(email))
			.singleElement()
			.satisfies(member -> assertThat(member.get("name")).isEqualTo("'=HYPERLINK(\"https://evil.example\")"));
	}

	@Test
	void anotherTenantGetsNotFoundAndStaffCannotDownload() throws Exception {
		var tenant = tenants.create();
		var other = tenants.create();
		UUID exportId = start(tenant.id(), tenant.owner(), "{\"parts\":[\"APPS\"]}");
		job.writeQueued();
		mvc.perform(post("/api/v1/organizations/{org}/exports", tenant.id()).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/exports/{id}", tenant.id(), exportId).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/exports/{id}/download", tenant.id(), exportId).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/exports/{id}/download", other.id(), exportId).with(other.owner()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/{org}/exports/{id}/download", tenant.id(), exportId).with(staffAdmin()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organizations/{org}/exports", tenant.id()).with(staffAdmin()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDownloadBeforeTheFileIsWrittenIsAConflict() throws Exception {
		var tenant = tenants.create();
		UUID exportId = start(tenant.id(), tenant.owner(), null);
		mvc.perform(
				get("/api/v1/organizations/{org}/exports/{id}/download", tenant.id(), exportId).with(tenant.owner()))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", "application/problem+json"));
		mvc.perform(get("/api/v1/organizations/{org}/exports", tenant.id()).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(exportId.toString()))
			.andExpect(jsonPath("$.items[0].status").value("QUEUED"))
			.andExpect(jsonPath("$.totalItems").value(1));
	}

	@Test
	void anUnknownPartIsRefusedNamingTheField() throws Exception {
		var tenant = tenants.create();
		mvc.perform(post("/api/v1/organizations/{org}/exports", tenant.id()).with(tenant.owner())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"parts\":[\"EVERYTHING\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parts[0]"));
	}

	private UUID start(String organization, RequestPostProcessor who, String body) throws Exception {
		var request = post("/api/v1/organizations/{org}/exports", organization).with(who);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		var response = mvc.perform(request)
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andReturn()
			.getResponse();
		UUID id = UUID.fromString(json.readTree(response.getContentAsString()).get("id").asString());
		assertThat(response.getHeader("Location")).endsWith("/api/v1/organizations/" + organization + "/exports/" + id);
		return id;
	}

	private io.article28.accounts.UserId tenantOwner(Tenants.Tenant tenant) {
		return userId(tenant.ownerEmail());
	}

	private io.article28.accounts.UserId userId(String email) {
		return new io.article28.accounts.UserId(jdbc.sql("select id from app_user where email = :email")
			.param("email", email)
			.query(UUID.class)
			.single());
	}

	private ExportZip download(String organization, UUID exportId, RequestPostProcessor who) throws Exception {
		return ExportZip.open(
				mvc.perform(get("/api/v1/organizations/{org}/exports/{id}/download", organization, exportId).with(who))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
	}

	private static List<CSVRecord> csv(String text) throws Exception {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

}
