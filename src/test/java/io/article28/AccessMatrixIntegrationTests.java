package io.article28;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.NewMember;
import io.article28.accounts.OrganizationRole;
import io.article28.accounts.StaffRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the API, read from its OpenAPI document at test time, called by
 * every kind of principal with every kind of organization id: anonymous callers are told
 * to authenticate (401), customers of another organization find nothing (404), as do
 * callers naming an organization that does not exist, customers on the provider's
 * operations are refused (403), and nobody gets a 5xx. Each operation's kind comes from
 * {@code access-table.txt}: an operation missing from it, or listed there but gone from
 * the API, fails the test. A caller the operation is for may be refused by its role (403)
 * or find no such object (404), never be told to authenticate; which role each operation
 * needs is its own tests' business for now.
 */
@IntegrationTest
class AccessMatrixIntegrationTests {

	/** Who an operation is for. */
	enum Kind {

		/** Anybody, signed in or not. */
		PUBLIC,
		/** Any signed-in caller. */
		SIGNED_IN,
		/** The members of the organization in its path, and the provider's staff. */
		ORGANIZATION,
		/** The provider's staff only. */
		STAFF

	}

	enum IdKind {

		OWN, FOREIGN, MISSING

	}

	record Operation(HttpMethod method, String path, Kind kind, boolean multipart) {
	}

	record Principal(String name, String token, boolean staff, boolean ofOwner) {
	}

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
	void everyOperationAnswersEachPrincipalWithTheStatusItsAccessCalls() throws Exception {
		Map<String, Kind> table = accessTable();
		List<Operation> operations = operations(table);
		Tenants.Tenant owner = tenants.create();
		Tenants.Tenant other = tenants.create();
		List<Principal> principals = principals(owner, other);
		int cells = 0;
		SoftAssertions softly = new SoftAssertions();
		for (Operation operation : operations) {
			boolean organizational = operation.path().contains("{orgId}");
			for (IdKind ids : organizational ? IdKind.values() : new IdKind[] { IdKind.OWN }) {
				String path = ApiPaths.of(operation.path(), ids == IdKind.OWN ? owner.id()
						: ids == IdKind.FOREIGN ? other.id() : UUID.randomUUID().toString(), "matrix");
				for (Principal principal : principals) {
					cells++;
					int status = call(operation, path, principal);
					String cell = operation.method() + " " + operation.path() + " as " + principal.name() + " with "
							+ ids + " organization: " + status;
					softly.assertThat(status).as(cell).isLessThan(500);
					Integer expected = expected(operation, ids, principal);
					if (expected != null) {
						softly.assertThat(status).as(cell).isEqualTo(expected);
					}
					else {
						softly.assertThat(status).as(cell).isNotEqualTo(401);
					}
				}
			}
		}
		System.out.printf("Access matrix: %d operations, %d principals, %d cells%n", operations.size(),
				principals.size(), cells);
		softly.assertAll();
	}

	/** The status a cell must answer, or null when the caller may go on. */
	private static Integer expected(Operation operation, IdKind ids, Principal principal) {
		if (principal.token() == null) {
			return operation.kind() == Kind.PUBLIC ? null : 401;
		}
		if (operation.kind() == Kind.STAFF) {
			return principal.staff() ? null : 403;
		}
		if (operation.kind() == Kind.ORGANIZATION) {
			if (ids == IdKind.MISSING) {
				return 404;
			}
			if (!principal.staff() && (ids == IdKind.FOREIGN) == principal.ofOwner()) {
				return 404;
			}
		}
		return null;
	}

	/**
	 * The operation with an empty body of the type it takes: nobody's rights hang on the
	 * body.
	 */
	private int call(Operation operation, String path, Principal principal) throws Exception {
		HttpMethod method = operation.method();
		AbstractMockHttpServletRequestBuilder<?> request;
		if (operation.multipart()) {
			request = multipart(method, path)
				.file(new MockMultipartFile("file", "matrix.pdf", "application/pdf", new byte[] { 1 }));
		}
		else {
			request = request(method, path);
			if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		if (principal.token() != null) {
			request.header("Authorization", "Bearer " + principal.token());
		}
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/**
	 * Anonymous; an owner, an admin and a member of the organization in the path, and of
	 * another; a staff member of each role. They sign in with API tokens, which cost no
	 * password hashing per call.
	 */
	private List<Principal> principals(Tenants.Tenant owner, Tenants.Tenant other) {
		List<Principal> principals = new ArrayList<>();
		principals.add(new Principal("anonymous", null, false, false));
		for (Tenants.Tenant tenant : List.of(owner, other)) {
			String which = tenant == owner ? "own" : "other";
			String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenant.id() + ".example";
			accounts.addMember(tenant.organization().id(),
					new NewMember(admin, "Admin", OrganizationRole.ADMIN, false, Tenants.PASSWORD), null);
			principals
				.add(new Principal(which + " OWNER", tenants.apiToken(tenant.ownerEmail()), false, tenant == owner));
			principals.add(new Principal(which + " ADMIN", tenants.apiToken(admin), false, tenant == owner));
			principals
				.add(new Principal(which + " MEMBER", tenants.apiToken(tenant.memberEmail()), false, tenant == owner));
		}
		for (StaffRole role : StaffRole.values()) {
			String email = "matrix-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
					+ "@staff.example";
			accounts.createStaff(email, "Staff " + role, role, Tenants.PASSWORD);
			principals.add(new Principal("staff " + role, tenants.apiToken(email), true, false));
		}
		return principals;
	}

	/**
	 * The operations of the OpenAPI document, each with its kind from the access table.
	 */
	private List<Operation> operations(Map<String, Kind> table) throws Exception {
		JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
			.get("paths");
		List<Operation> operations = new ArrayList<>();
		Set<String> documented = new TreeSet<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> verb : path.getValue().properties()) {
				String key = verb.getKey().toUpperCase() + " " + path.getKey();
				documented.add(key);
				Kind kind = table.get(key);
				if (kind != null) {
					JsonNode body = verb.getValue().path("requestBody").path("content");
					operations.add(new Operation(HttpMethod.valueOf(verb.getKey().toUpperCase()), path.getKey(), kind,
							body.has(MediaType.MULTIPART_FORM_DATA_VALUE)));
				}
			}
		}
		assertThat(documented).as("every operation of the API has its line in access-table.txt, and only those")
			.containsExactlyInAnyOrderElementsOf(table.keySet());
		return operations;
	}

	/** {@code METHOD /path KIND} per line; {@code #} starts a comment. */
	private static Map<String, Kind> accessTable() throws IOException {
		Map<String, Kind> table = new LinkedHashMap<>();
		try (InputStream in = AccessMatrixIntegrationTests.class.getResourceAsStream("/access-table.txt")) {
			assertThat(in).as("src/test/resources/access-table.txt").isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String content = line.replaceAll("#.*", "").strip();
				if (!content.isEmpty()) {
					String[] parts = content.split("\\s+");
					table.put(parts[0] + " " + parts[1], Kind.valueOf(parts[2]));
				}
			}
		}
		return table;
	}

}
