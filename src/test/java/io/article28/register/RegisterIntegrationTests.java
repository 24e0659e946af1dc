package io.article28.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.IntegrationTest;
import io.article28.accounts.AccountManagement;
import io.article28.core.Digests;
import io.article28.core.PageRequest;
import io.article28.datastores.QueuedDiscoveries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register of processing lists every demo customer with the regions its apps use, its
 * sub-processors and the transfers the transfer check flags, in the three exports; the
 * DPOs keep the activities and measures; customers see none of it.
 */
@IntegrationTest
class RegisterIntegrationTests {

	private static final RequestPostProcessor DPO = httpBasic("dpo@nimbus.example", "article28-demo");

	private static final RequestPostProcessor ADMIN = httpBasic("ops@nimbus.example", "article28-demo");

	private static final RequestPostProcessor CUSTOMER = httpBasic("alice@acme-health.example", "article28-demo");

	private static final String[] DEMO = { "Acme Health SAS", "Boulangerie Numérique SARL", "Civic Data Lab" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RegisterManagement register;

	@Autowired
	ApplicationContext context;

	@Test
	void thePdfListsEveryDemoOrganizationWithItsRegionsSubprocessorsAndFlaggedTransfers() throws Exception {
		String all = pdfText(mvc.perform(get("/api/v1/register").param("format", "pdf").with(DPO))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(all).contains("Register of processing activities", "Nimbus PaaS SAS", "Page 1 of ");
		assertThat(all).contains(DEMO);

		String acme = organizationPdf("Acme Health SAS");
		assertThat(acme)
			.contains("osc-fr1", "osc-secnum-fr1", "Paris-Pantin, France", "OUTSCALE", "Intercom, Inc.",
					"Stripe Payments Europe Ltd", "FLAGGED", "Privacy Shield")
			.doesNotContain("Boulangerie Numérique SARL");
		String bakery = organizationPdf("Boulangerie Numérique SARL");
		assertThat(bakery).contains("osc-fr1", "OUTSCALE", "Intercom, Inc.", "Stripe Payments Europe Ltd", "FLAGGED",
				"2010 standard contractual clauses", "2022-03");
		assertThat(bakery).doesNotContain("osc-secnum-fr1");
		String civic = organizationPdf("Civic Data Lab");
		assertThat(civic).contains("osc-fr1", "osc-secnum-fr1", "Intercom, Inc.", "Stripe Payments Europe Ltd",
				"FLAGGED");
	}

	@Test
	void thePdfCarriesTheHashOfTheJsonContentsOfTheSameRegister() throws Exception {
		String organization = id("Boulangerie Numérique SARL");
		byte[] body = mvc.perform(get("/api/v1/register").param("organization", organization).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		JsonNode register = json.readTree(body);
		String hash = register.get("contentsSha256").asString();
		assertThat(hash).isEqualTo(Digests.sha256Hex(json.writeValueAsBytes(register.get("contents"))));
		String pdf = pdfText(mvc
			.perform(get("/api/v1/register").param("format", "pdf").param("organization", organization).with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(pdf.replaceAll("\\s", "")).contains(hash);
		assertThat(pdf).contains("Generated ");
	}

	@Test
	void theStreamedJsonIsTheRegisterInMemoryByteForByteAndItsHashIsThatOfItsContents() {
		ByteArrayOutputStream streamed = new ByteArrayOutputStream();
		byte[][] collected = new byte[1][];
		register.stream(Optional.empty(), export -> {
			export.writeJson(streamed);
			collected[0] = json.writeValueAsBytes(export.collect());
			assertThat(export.controllerCount()).isEqualTo(accounts.organizations(new PageRequest(0, 1)).totalItems());
		});
		assertThat(streamed.toByteArray()).isEqualTo(collected[0]);
		JsonNode parsed = json.readTree(streamed.toByteArray());
		assertThat(parsed.get("contentsSha256").asString())
			.isEqualTo(Digests.sha256Hex(json.writeValueAsBytes(parsed.get("contents"))));
		assertThat(parsed.at("/contents/controllers").size()).isGreaterThanOrEqualTo(DEMO.length);
	}

	@Test
	void theJsonStatesTheProcessorActivitiesMeasuresAndEachControllersChain() throws Exception {
		JsonNode register = json.readTree(mvc.perform(get("/api/v1/register").param("format", "json").with(DPO))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		JsonNode contents = register.get("contents");
		assertThat(contents.at("/processor/name").asString()).isEqualTo("Nimbus PaaS SAS");
		assertThat(contents.at("/processor/dpoEmail").asString()).isEqualTo("dpo@nimbus.example");
		assertThat(contents.get("activities").size()).isGreaterThanOrEqualTo(2);
		assertThat(contents.at("/securityMeasures/description").asString()).contains("12 months");
		JsonNode bakery = controller(contents, "Boulangerie Numérique SARL");
		assertThat(bakery.at("/dpo/email").asString()).isEqualTo("hugo@boulangerie.example");
		assertThat(bakery.at("/regions/0/code").asString()).isEqualTo("osc-fr1");
		assertThat(bakery.at("/regions/0/apps/0").asString()).isEqualTo("boulangerie-shop");
		// Other tests may add sub-processors of their own: the demo ones are all there.
		assertThat(names(bakery.get("subprocessors"))).contains("OUTSCALE", "Intercom, Inc.",
				"Stripe Payments Europe Ltd");
		assertThat(names(bakery.get("transfers"))).containsExactly("Intercom, Inc.", "Stripe Payments Europe Ltd");
		assertThat(bakery.at("/transfers/0/flagged").asBoolean()).isTrue();
		assertThat(bakery.at("/transfers/1/safeguard").asString()).isEqualTo("SCC_2010");
		assertThat(controller(contents, "Acme Health SAS").get("regions").size()).isEqualTo(2);
	}

	@Test
	void theCsvHasARowPerControllerAndSubprocessor() throws Exception {
		String csv = mvc.perform(
				get("/api/v1/register").param("format", "csv").param("organization", id("Civic Data Lab")).with(DPO))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		// A row per sub-processor: the demo ones, and any another test added.
		assertThat(rows).hasSizeGreaterThanOrEqualTo(3).allSatisfy(row -> {
			assertThat(row.get("organization")).isEqualTo("Civic Data Lab");
			assertThat(row.get("regions")).isEqualTo("osc-fr1; osc-secnum-fr1");
		});
		assertThat(rows).extracting(row -> row.get("subprocessor"))
			.contains("OUTSCALE", "Intercom, Inc.", "Stripe Payments Europe Ltd")
			.doesNotHaveDuplicates();
		assertThat(row(rows, "OUTSCALE").get("transfer_outside_eea")).isEqualTo("no");
		assertThat(row(rows, "Intercom, Inc.").get("transfer_outside_eea")).isEqualTo("yes");
		assertThat(row(rows, "Intercom, Inc.").get("transfer_flag")).contains("Privacy Shield");
		assertThat(row(rows, "Stripe Payments Europe Ltd").get("transfer_destination"))
			.isEqualTo("Stripe, Inc., United States");
	}

	@Test
	void eachExportListsTheCategoriesOfPersonalDataFoundInTheControllersDataStores() throws Exception {
		QueuedDiscoveries.run(context);
		String acme = id("Acme Health SAS");
		JsonNode register = json.readTree(mvc.perform(get("/api/v1/register").param("organization", acme).with(DPO))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		JsonNode shop = null;
		for (JsonNode store : controller(register.get("contents"), "Acme Health SAS").get("dataStores")) {
			if (store.get("app").asString().equals("acme-website")
					&& store.get("label").asString().equals("Shop database")) {
				shop = store;
			}
		}
		assertThat(shop).as("the demo shop of acme-website").isNotNull();
		assertThat(shop.get("region").asString()).isEqualTo("osc-fr1");
		assertThat(shop.get("discoveredAt").isNull()).isFalse();
		assertThat(names(shop.get("categories"))).contains("EMAIL", "PHONE", "PERSON_NAME", "POSTAL_ADDRESS",
				"DATE_OF_BIRTH", "IP_ADDRESS", "FREE_TEXT");

		String csv = mvc.perform(get("/api/v1/register").param("format", "csv").param("organization", acme).with(DPO))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)))
			.allSatisfy(row -> {
				assertThat(row.get("data_stores")).contains("acme-website/Shop database (osc-fr1)");
				assertThat(row.get("data_categories_found")).contains("EMAIL", "POSTAL_ADDRESS");
			});
		assertThat(organizationPdf("Acme Health SAS")).contains("Personal data found in its data stores",
				"acme-website / Shop database (EMBEDDED, osc-fr1)", "e-mail address");
		assertThat(organizationPdf("Boulangerie Numérique SARL")).contains("no data store");
	}

	@Test
	void organizationNarrowsToOneControllerAndAnUnknownOneIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/register").param("organization", id("Acme Health SAS")).with(DPO))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contents.controllers.length()").value(1))
			.andExpect(jsonPath("$.contents.controllers[0].name").value("Acme Health SAS"));
		mvc.perform(get("/api/v1/register").param("organization", UUID.randomUUID().toString()).with(DPO))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/register").param("format", "xml").with(DPO)).andExpect(status().isBadRequest());
	}

	@Test
	void customersAndOtherStaffMayNotReadTheRegister() throws Exception {
		mvc.perform(get("/api/v1/register").with(CUSTOMER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/processing-activities").with(CUSTOMER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/register").with(httpBasic("support@nimbus.example", "article28-demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/register")).andExpect(status().isUnauthorized());
	}

	@Test
	void everyExportLeavesATrailEntryWithItsFormat() throws Exception {
		long before = exports("csv");
		mvc.perform(get("/api/v1/register").param("format", "csv").with(DPO)).andExpect(status().isOk());
		assertThat(exports("csv")).isEqualTo(before + 1);
	}

	@Test
	void theDpoAddsAndChangesAnActivityAndDescribesTheMeasuresTheAdministratorOnlyReads() throws Exception {
		String purpose = "Backups for " + UUID.randomUUID();
		String body = """
				{"dataSubjects":"Users","purpose":"%s","nature":"Storage","legalBasis":"Contract",
				 "dataCategories":"All","retention":"30 days"}""".formatted(purpose);
		String location = mvc.perform(
				post("/api/v1/processing-activities").with(DPO).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.purpose").value(purpose))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(put(location).with(DPO)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("30 days", "60 days")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retention").value("60 days"));
		mvc.perform(get("/api/v1/processing-activities").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.purpose == '" + purpose + "')].retention").value("60 days"));
		mvc.perform(
				post("/api/v1/processing-activities").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/processing-activities").with(DPO)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("\"Users\"", "\" \""))).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/processing-activities/{id}", UUID.randomUUID()).with(DPO)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());

		String measures = mvc.perform(get("/api/v1/security-measures").with(DPO))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(
				put("/api/v1/security-measures").with(DPO).contentType(MediaType.APPLICATION_JSON).content(measures))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.description").value(json.readTree(measures).get("description").asString()));
		mvc.perform(
				put("/api/v1/security-measures").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(measures))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from trail_entry where action = 'register.activity-changed'")
			.query(Long.class)
			.single()).isPositive();
	}

	private static CSVRecord row(List<CSVRecord> rows, String subprocessor) {
		return rows.stream().filter(row -> row.get("subprocessor").equals(subprocessor)).findFirst().orElseThrow();
	}

	private long exports(String format) {
		return jdbc.sql("select count(*) from trail_entry where action = 'register.exported' and detail like :format")
			.param("format", "%" + format + "%")
			.query(Long.class)
			.single();
	}

	private String organizationPdf(String name) throws Exception {
		return pdfText(
				mvc.perform(get("/api/v1/register").param("format", "pdf").param("organization", id(name)).with(DPO))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
	}

	private String id(String name) {
		return accounts.organizationNamed(name).orElseThrow().id().toString();
	}

	private static JsonNode controller(JsonNode contents, String name) {
		for (JsonNode controller : contents.get("controllers")) {
			if (controller.get("name").asString().equals(name)) {
				return controller;
			}
		}
		throw new AssertionError(name + " is not in the register");
	}

	private static List<String> names(JsonNode list) {
		List<String> names = new ArrayList<>();
		list.forEach(node -> names.add(node.isString() ? node.asString()
				: node.has("name") ? node.get("name").asString() : node.get("subprocessor").asString()));
		return names;
	}

	private static String pdfText(byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

}
