package io.article28.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import io.article28.IntegrationTest;
import io.article28.SentMail;
import io.article28.Tenants;

/**
 * Staff administrators run the staff: a new staff member, invited with several roles,
 * chooses its password from the mailed link and then signs in with all of them; roles are
 * given and taken; one who left is deactivated and its sessions and tokens end at once.
 * Every change is in the trail and mailed to the person.
 */
@IntegrationTest
class StaffManagementIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Tenants tenants;

	@Test
	void anInvitedStaffMemberSetsItsPasswordFromTheLinkAndSignsInWithEveryRoleItWasGiven() throws Exception {
		String email = email();
		String id = invite(email, "DPO", "SECURITY");
		mvc.perform(get("/api/v1/me").with(httpBasic(email, Tenants.PASSWORD)).with(elsewhere()))
			.andExpect(status().isUnauthorized());
		assertThat(trail("staff.added", id)).singleElement().asString().contains("\"roles\":\"DPO,SECURITY\"");

		String token = SentMail.passwordLink(jdbc, email, "staff-invitation").substring("/password/".length());
		mvc.perform(post("/api/v1/public/password-links").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("token", token, "password", Tenants.PASSWORD))))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").with(httpBasic(email, Tenants.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.staffRoles[0]").value("DPO"))
			.andExpect(jsonPath("$.staffRoles[1]").value("SECURITY"));
		mvc.perform(get("/api/v1/incidents").with(httpBasic(email, Tenants.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/register").with(httpBasic(email, Tenants.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aStaffMemberInvitedWithoutARoleIsRefusedNamingTheField() throws Exception {
		long before = jdbc.sql("select count(*) from app_user").query(Long.class).single();
		mvc.perform(post("/api/v1/staff").with(Tenants.staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email() + "\",\"name\":\"No Role\",\"roles\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
		assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anAddressThatAlreadyHasAnAccountIsAConflict() throws Exception {
		mvc.perform(post("/api/v1/staff").with(Tenants.staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"dpo@nimbus.example\",\"name\":\"Twice\",\"roles\":[\"DPO\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void rolesGivenAndTakenAreInTheTrailAndMailedToThePerson() throws Exception {
		String email = email();
		String id = invite(email, "SUPPORT");
		mvc.perform(put("/api/v1/staff/{id}/roles", id).with(Tenants.staffAdmin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"DPO\",\"ADMIN\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"))
			.andExpect(jsonPath("$.roles[1]").value("DPO"));
		assertThat(trail("staff.roles-changed", id)).hasSize(1)
			.allSatisfy(
					detail -> assertThat(detail).contains("\"given\":\"ADMIN,DPO\"").contains("\"taken\":\"SUPPORT\""));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> SentMail.texts(jdbc, email, "staff-roles-changed"), texts -> texts.size() == 1);
		assertThat(SentMail.texts(jdbc, email, "staff-roles-changed").get(0))
			.contains("Given: Administrator, Data protection officer.")
			.contains("Taken away: Support.");
	}

	@Test
	void aDeactivatedStaffMemberIsSignedOutItsTokensEndAndItCannotSignInAgain() throws Exception {
		var admin = tenants.staff(StaffRole.ADMIN);
		String email = "deactivated-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
		User staff = accountsCreate(email);
		String token = tenants.apiToken(email);
		jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				  max_inactive_interval, expiry_time, principal_name)
				values (:id, :id, 0, 0, 1800, 0, :email)""")
			.param("id", UUID.randomUUID().toString())
			.param("email", email)
			.update();

		mvc.perform(post("/api/v1/staff/{id}/deactivation", staff.id()).with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).with(elsewhere()))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(email, Tenants.PASSWORD)).with(elsewhere()))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
		assertThat(trail("staff.deactivated", staff.id().toString())).hasSize(1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> SentMail.texts(jdbc, email, "staff-deactivated"), texts -> texts.size() == 1);
		mvc.perform(post("/api/v1/staff/{id}/deactivation", staff.id()).with(admin)).andExpect(status().isConflict());
	}

	@Test
	void anAdministratorCannotDeactivateItself() throws Exception {
		String email = "self-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
		User admin = accounts.createStaff(email, "Self", StaffRole.ADMIN, Tenants.PASSWORD);
		mvc.perform(post("/api/v1/staff/{id}/deactivation", admin.id()).with(httpBasic(email, Tenants.PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aStaffMemberWithoutTheAdminRoleIsRefusedTheStaffList() throws Exception {
		mvc.perform(get("/api/v1/staff").with(tenants.staff(StaffRole.DPO))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/staff").with(Tenants.staffAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].roles").isArray());
	}

	@Autowired
	AccountManagement accounts;

	private User accountsCreate(String email) {
		return accounts.createStaff(email, "Leaving", StaffRole.SUPPORT, Tenants.PASSWORD);
	}

	private String invite(String email, String... roles) throws Exception {
		String body = mvc
			.perform(post("/api/v1/staff").with(Tenants.staffAdmin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(
						java.util.Map.of("email", email, "name", "New Staff", "roles", List.of(roles)))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body).get("id").asString();
	}

	private List<String> trail(String action, String userId) {
		return jdbc.sql("select detail from trail_entry where action = :action and object_id = :id order by sequence")
			.param("action", action)
			.param("id", userId)
			.query(String.class)
			.list();
	}

	/**
	 * A client address of its own for a sign-in that must fail, so that the failures do
	 * not add up against the address every other test signs in from.
	 */
	private static RequestPostProcessor elsewhere() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("203.0.113." + n);
			return request;
		};
	}

	private static String email() {
		return "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
	}

}
