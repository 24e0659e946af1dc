package io.article28;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.StaffRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the API that takes a JSON body, read from its OpenAPI document, is
 * sent bodies no client should send, as a caller it is for: malformed JSON, a value of
 * the wrong type in each field, control characters and huge strings in every text,
 * impossible dates, deep nesting, and a body over the size limit. Each is answered with a
 * 4xx problem detail, never a 5xx nor a success, and nothing is written: the row counts
 * of the tables are the same after the operation's corpus as before (the trail, which
 * records refused attempts on purpose, and the framework's own tables aside).
 */
@IntegrationTest
class BadInputCorpusIntegrationTests {

	/** Tables that change on their own or keep evidence of refusals by design. */
	private static final Set<String> UNCOUNTED = Set.of("trail_entry", "trail_head", "trail_checkpoint",
			"event_publication", "scheduled_tasks", "spring_session", "spring_session_attributes",
			"flyway_schema_history", "login_failure", "request_submission", "api_token");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyBadBodyIsA4xxProblemAndWritesNothing() throws Exception {
		JsonNode document = json
			.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		JsonNode schemas = document.path("components").path("schemas");
		Tenants.Tenant tenant = tenants.create();
		List<String> callers = callers(tenant);
		SoftAssertions softly = new SoftAssertions();
		int requests = 0;
		int operations = 0;
		Map<Integer, Integer> statuses = new java.util.TreeMap<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> verb : path.getValue().properties()) {
				JsonNode schema = verb.getValue()
					.path("requestBody")
					.path("content")
					.path("application/json")
					.path("schema");
				if (schema.isMissingNode()) {
					continue;
				}
				operations++;
				HttpMethod method = HttpMethod.valueOf(verb.getKey().toUpperCase());
				String url = ApiPaths.of(path.getKey(), tenant.id(), "corpus");
				String caller = callerFor(method, url, callers);
				Map<String, Long> before = counts();
				for (Map.Entry<String, String> bad : corpus(resolve(schema, schemas), schemas).entrySet()) {
					requests++;
					MockHttpServletResponse response = send(method, url, caller, bad.getValue());
					statuses.merge(response.getStatus(), 1, Integer::sum);
					String cell = verb.getKey().toUpperCase() + " " + path.getKey() + " with " + bad.getKey() + ": "
							+ response.getStatus();
					softly.assertThat(response.getStatus()).as(cell).isBetween(400, 499);
					softly.assertThat(response.getContentType()).as(cell).startsWith("application/problem+json");
				}
				softly.assertThat(counts())
					.as(verb.getKey().toUpperCase() + " " + path.getKey() + " wrote nothing")
					.isEqualTo(before);
			}
		}
		System.out.printf("Bad-input corpus: %d operations with a body, %d requests, answered %s%n", operations,
				requests, statuses);
		softly.assertAll();
	}

	/** The bad bodies for a schema, by what is wrong with them. */
	private Map<String, String> corpus(JsonNode schema, JsonNode schemas) {
		Map<String, String> corpus = new LinkedHashMap<>();
		corpus.put("malformed JSON", "{\"unterminated\": ");
		corpus.put("an array for the object", "[]");
		ObjectNode skeleton = skeleton(schema, schemas, 0);
		for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").properties().iterator(); fields
			.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			JsonNode property = resolve(field.getValue(), schemas);
			ObjectNode wrong = skeleton.deepCopy();
			wrong.set(field.getKey(), wrongType(property));
			corpus.put("a wrong type in " + field.getKey(), wrong.toString());
		}
		corpus.put("control characters in every text", texts(schema, schemas, "a\u0000b\u202Ec").toString());
		corpus.put("huge strings in every text", texts(schema, schemas, "x".repeat(60_000)).toString());
		ObjectNode dates = skeleton.deepCopy();
		boolean hasDates = false;
		for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
			String format = resolve(field.getValue(), schemas).path("format").asString("");
			if (format.equals("date") || format.equals("date-time")) {
				dates.put(field.getKey(), format.equals("date") ? "2026-13-45" : "2026-02-30T25:61:00Z");
				hasDates = true;
			}
		}
		if (hasDates) {
			corpus.put("impossible dates", dates.toString());
		}
		corpus.put("deep nesting", "{\"nested\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}");
		corpus.put("a body over 1 MiB", "{\"padding\":\"" + "x".repeat(1_100_000) + "\"}");
		return corpus;
	}

	/**
	 * An object with a plausible value in every field, so that one wrong field stands
	 * out.
	 */
	private ObjectNode skeleton(JsonNode schema, JsonNode schemas, int depth) {
		ObjectNode object = NODES.objectNode();
		for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
			object.set(field.getKey(), plausible(resolve(field.getValue(), schemas), schemas, depth));
		}
		return object;
	}

	private JsonNode plausible(JsonNode property, JsonNode schemas, int depth) {
		String type = property.path("type").asString("object");
		String format = property.path("format").asString("");
		if (property.has("enum")) {
			return property.get("enum").get(0);
		}
		return switch (type) {
			case "string" -> switch (format) {
				case "date" -> NODES.stringNode("2026-12-01");
				case "date-time" -> NODES.stringNode("2026-12-01T10:00:00Z");
				case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
				default -> NODES.stringNode("text");
			};
			case "integer", "number" -> NODES.numberNode(1);
			case "boolean" -> NODES.booleanNode(true);
			case "array" -> NODES.arrayNode().add(plausible(resolve(property.path("items"), schemas), schemas, depth));
			default -> depth > 3 ? NODES.objectNode() : skeleton(property, schemas, depth + 1);
		};
	}

	private static JsonNode wrongType(JsonNode property) {
		return switch (property.path("type").asString("object")) {
			case "string" -> NODES.objectNode().put("not", "text");
			case "integer", "number" -> NODES.stringNode("many");
			case "boolean" -> NODES.stringNode("perhaps");
			case "array" -> NODES.numberNode(42);
			default -> NODES.stringNode("not an object");
		};
	}

	/**
	 * The skeleton with {@code text} in every string field, nested ones and list items
	 * included.
	 */
	private ObjectNode texts(JsonNode schema, JsonNode schemas, String text) {
		ObjectNode object = skeleton(schema, schemas, 0);
		fill(object, text);
		return object;
	}

	private static void fill(JsonNode node, String text) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
				if (field.getValue().isString()) {
					object.put(field.getKey(), text);
				}
				else {
					fill(field.getValue(), text);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.get(i).isString()) {
					array.set(i, NODES.stringNode(text));
				}
				else {
					fill(array.get(i), text);
				}
			}
		}
	}

	private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	/**
	 * The first caller the operation does not refuse outright: anonymous, the
	 * organization's owner, then staff of each role.
	 */
	private String callerFor(HttpMethod method, String url, List<String> callers) throws Exception {
		for (String caller : callers) {
			int status = send(method, url, caller, "{}").getStatus();
			if (status != 401 && status != 403) {
				return caller;
			}
		}
		return callers.get(callers.size() - 1);
	}

	private List<String> callers(Tenants.Tenant tenant) {
		List<String> callers = new ArrayList<>();
		callers.add(null);
		callers.add(tenants.apiToken(tenant.ownerEmail()));
		for (StaffRole role : StaffRole.values()) {
			String email = "corpus-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
					+ "@staff.example";
			accounts.createStaff(email, "Staff " + role, role, Tenants.PASSWORD);
			callers.add(tenants.apiToken(email));
		}
		return callers;
	}

	private MockHttpServletResponse send(HttpMethod method, String url, String token, String body) throws Exception {
		var request = request(method, url).contentType(MediaType.APPLICATION_JSON).content(body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : jdbc.sql("""
				select lower(table_name) from information_schema.tables
				where table_schema = current_schema and table_type in ('BASE TABLE', 'TABLE')
				order by 1""").query(String.class).list()) {
			if (!UNCOUNTED.contains(table)) {
				counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
			}
		}
		return counts;
	}

}
