package io.article28;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * {@code access-table.txt}, with the staff roles or the right over the organization it
 * needs: a caller without them is refused (403), whatever it sent. An operation missing
 * from the table, or listed there but gone from the API, fails the test. A caller the
 * operation is for may find no such object (404) or send a body that is refused (4xx),
 * but is never told to authenticate or refused.
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

	/** What an operation on an organization may need beyond reading it. */
	enum Right {

		/** Any member of the organization, and the staff. */
		READ,
		/** An OWNER or ADMIN of the organization, or staff ADMIN. */
		MANAGE,
		/** An OWNER or ADMIN of the organization, never staff. */
		MANAGE_OWN,
		/** An OWNER of the organization, never staff. */
		OWN,
		/** An OWNER or a member with the EXPORT permission, never staff. */
		EXPORT

	}

	/**
	 * An operation's line: its kind, the staff roles it is for (none: any), its right.
	 */
	record Access(Kind kind, Set<StaffRole> staffRoles, Right right) {
	}

	enum IdKind {

		OWN, FOREIGN, MISSING

	}

	record Operation(HttpMethod method, String path, Access access, boolean multipart) {
	}

	/** A caller: its customer role in its organization, or its staff role. */
	record Principal(String name, String token, OrganizationRole role, StaffRole staffRole, boolean ofOwner) {

		boolean staff() {
			return staffRole != null;
		}

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
		Map<String, Access> table = accessTable();
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
						softly.assertThat(status).as(cell).isNotIn(401, 403);
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
		Access access = operation.access();
		if (principal.token() == null) {
			return access.kind() == Kind.PUBLIC ? null : 401;
		}
		if (operation.path().startsWith("/api/v1/organizations/{orgId}")) {
			boolean inOrganization = principal.staff() || (ids == IdKind.OWN) == principal.ofOwner();
			if (ids == IdKind.MISSING || !inOrganization) {
				return 404;
			}
		}
		boolean staffRole = access.staffRoles().isEmpty()
				|| principal.staff() && access.staffRoles().contains(principal.staffRole());
		if (access.kind() == Kind.STAFF) {
			return principal.staff() && staffRole ? null : 403;
		}
		if (principal.staff() && !staffRole) {
			return 403;
		}
		boolean ownerOrAdmin = principal.role() == OrganizationRole.OWNER || principal.role() == OrganizationRole.ADMIN;
		boolean allowed = switch (access.right()) {
			case READ -> true;
			case MANAGE -> principal.staff() ? principal.staffRole() == StaffRole.ADMIN : ownerOrAdmin;
			case MANAGE_OWN -> !principal.staff() && ownerOrAdmin;
			case OWN, EXPORT -> principal.role() == OrganizationRole.OWNER;
		};
		return allowed ? null : 403;
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
		principals.add(new Principal("anonymous", null, null, null, false));
		for (Tenants.Tenant tenant : List.of(owner, other)) {
			String which = tenant == owner ? "own" : "other";
			String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenant.id() + ".example";
			accounts.addMember(tenant.organization().id(),
					new NewMember(admin, "Admin", OrganizationRole.ADMIN, false, Tenants.PASSWORD), null);
			principals.add(new Principal(which + " OWNER", tenants.apiToken(tenant.ownerEmail()),
					OrganizationRole.OWNER, null, tenant == owner));
			principals.add(new Principal(which + " ADMIN", tenants.apiToken(admin), OrganizationRole.ADMIN, null,
					tenant == owner));
			principals.add(new Principal(which + " MEMBER", tenants.apiToken(tenant.memberEmail()),
					OrganizationRole.MEMBER, null, tenant == owner));
		}
		for (StaffRole role : StaffRole.values()) {
			String email = "matrix-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
					+ "@staff.example";
			accounts.createStaff(email, "Staff " + role, role, Tenants.PASSWORD);
			principals.add(new Principal("staff " + role, tenants.apiToken(email), null, role, false));
		}
		return principals;
	}

	/**
	 * The operations of the OpenAPI document, each with its access from the table.
	 */
	private List<Operation> operations(Map<String, Access> table) throws Exception {
		JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
			.get("paths");
		List<Operation> operations = new ArrayList<>();
		Set<String> documented = new TreeSet<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> verb : path.getValue().properties()) {
				String key = verb.getKey().toUpperCase() + " " + path.getKey();
				documented.add(key);
				Access access = table.get(key);
				if (access != null) {
					JsonNode body = verb.getValue().path("requestBody").path("content");
					operations.add(new Operation(HttpMethod.valueOf(verb.getKey().toUpperCase()), path.getKey(), access,
							body.has(MediaType.MULTIPART_FORM_DATA_VALUE)));
				}
			}
		}
		assertThat(documented).as("every operation of the API has its line in access-table.txt, and only those")
			.containsExactlyInAnyOrderElementsOf(table.keySet());
		return operations;
	}

	/**
	 * {@code METHOD /path KIND [NEEDS]} per line, NEEDS being staff roles separated by
	 * commas or a {@link Right}; {@code #} starts a comment.
	 */
	private static Map<String, Access> accessTable() throws IOException {
		Map<String, Access> table = new LinkedHashMap<>();
		try (InputStream in = AccessMatrixIntegrationTests.class.getResourceAsStream("/access-table.txt")) {
			assertThat(in).as("src/test/resources/access-table.txt").isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String content = line.replaceAll("#.*", "").strip();
				if (!content.isEmpty()) {
					String[] parts = content.split("\\s+");
					table.put(parts[0] + " " + parts[1],
							access(Kind.valueOf(parts[2]), parts.length > 3 ? parts[3] : ""));
				}
			}
		}
		return table;
	}

	private static Access access(Kind kind, String needs) {
		if (needs.isEmpty()) {
			return new Access(kind, Set.of(), Right.READ);
		}
		if (Arrays.stream(Right.values()).anyMatch(right -> right.name().equals(needs))) {
			return new Access(kind, Set.of(), Right.valueOf(needs));
		}
		return new Access(kind,
				Arrays.stream(needs.split(",")).map(StaffRole::valueOf).collect(Collectors.toUnmodifiableSet()),
				Right.READ);
	}

}
