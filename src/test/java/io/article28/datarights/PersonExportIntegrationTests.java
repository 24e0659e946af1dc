package io.article28.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.datastores.ColumnClassification;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.Engine;
import io.article28.datastores.QueuedDiscoveries;
import io.article28.datastores.ShopSchema;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;
import io.article28.requests.RequestAttachment;
import io.article28.requests.RequestManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner exports the requester's data to the answer, on each engine: every row of the
 * person in every table the map reaches, as JSON and CSV with a manifest of SHA-256s,
 * attached to the request and read by the person through its link; nobody else's row is
 * in it, and the trail keeps counts. A store that cannot be read fails the export with a
 * reason that quotes nothing of the store.
 */
@IntegrationTest
class PersonExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@Autowired
	PlatformManagement platform;

	@Autowired
	RequestManagement requests;

	@Autowired
	PersonExportJob job;

	@Autowired
	Requesters requesters;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void theRequestersDataIsAttachedToTheAnswerAndNoOneElses(Engine engine) throws Exception {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, engine);
		DataStore store = shop.store();
		var database = shop.database();
		var owner = tenant.organization().id();
		String schema = shop.schema();
		dataMaps.declareSubject(owner, store.id(), schema, "customers", List.of("email"));
		dataMaps.declareLink(owner, store.id(), new ColumnClassification.Ref(schema, "audit_log", "actor_email"),
				new ColumnClassification.Ref(schema, "customers", "email"));
		String app = platform.app(store.appId()).orElseThrow().name();
		String requester = "lea.moreau@example.fr";
		Requesters.Confirmed confirmed = requesters.access(app, requester);
		UUID request = confirmed.id();
		String statusToken = confirmed.statusToken();

		String path = "/api/v1/organizations/" + tenant.id() + "/requests/" + request + "/data-exports";
		String exportId = json
			.readTree(mvc.perform(post(path).with(tenant.owner()))
				.andExpect(status().isAccepted())
				.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(path + "/")))
				.andExpect(jsonPath("$.status").value("QUEUED"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		mvc.perform(post(path).with(tenant.owner()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.id").value(exportId));
		mvc.perform(post(path).with(tenant.member())).andExpect(status().isForbidden());

		assertThat(job.writeQueued()).isEqualTo(1);
		mvc.perform(get(path + "/" + exportId).with(tenant.member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.tables").value(6))
			.andExpect(jsonPath("$.rows").value(6));

		List<RequestAttachment> attached = requests.attachments(request);
		assertThat(attached).singleElement().satisfies(file -> {
			assertThat(file.filename()).startsWith("personal-data-").endsWith(".zip");
			assertThat(file.contentType()).isEqualTo("application/zip");
		});
		assertThat(java.time.Duration.between(attached.get(0).addedAt(), attached.get(0).expiresAt()))
			.isEqualTo(java.time.Duration.ofDays(30));
		byte[] zip = requests.attachmentForRequester(request, statusToken, attached.get(0).id()).bytes();
		Map<String, byte[]> entries = unzip(zip);
		JsonNode manifest = json.readTree(entries.get("manifest.json"));
		assertThat(manifest.get("files")).hasSize(12);
		for (JsonNode file : manifest.get("files")) {
			byte[] content = entries.get(file.get("path").asString());
			assertThat(content).as(file.get("path").asString()).isNotNull();
			assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
				.isEqualTo(file.get("sha256").asString());
		}
		String folder = PersonDataWriter.folder(store) + "/" + schema + ".";
		JsonNode customers = json.readTree(entries.get(folder + "customers.json"));
		assertThat(customers.at("/rows")).hasSize(1);
		assertThat(customers.at("/rows/0").toString()).contains(requester);
		assertThat(customers.at("/columns").findValuesAsString("category")).contains("e-mail address");
		assertThat(json.readTree(entries.get(folder + "order_lines.json")).at("/path").toString())
			.contains("order_lines.order_id → " + schema + ".orders.id");
		assertThat(new String(entries.get(folder + "audit_log.csv"), StandardCharsets.UTF_8)).contains(requester);
		entries.values()
			.forEach(content -> assertThat(new String(content, StandardCharsets.UTF_8)).doesNotContain("hugo.bernard",
					"Hugo Bernard"));
		assertThat(jdbc.sql("""
				select detail from trail_entry where action = 'datarights.exported' and object_id = :request""")
			.param("request", request.toString())
			.query(String.class)
			.single()).contains("\"rows\":\"6\"").doesNotContain(requester);

		try (var connection = database.admin(); var statement = connection.createStatement()) {
			statement.execute("drop table audit_log");
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		String failed = json
			.readTree(mvc.perform(post(path).with(tenant.owner()))
				.andExpect(status().isAccepted())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		job.writeQueued();
		String failure = json
			.readTree(mvc.perform(get(path + "/" + failed).with(tenant.owner()))
				.andExpect(jsonPath("$.status").value("FAILED"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("failure")
			.asString();
		assertThat(failure).startsWith("the data store Shop could not be read: ").doesNotContain("audit_log");
		assertThat(requests.attachments(request)).hasSize(1);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

}
