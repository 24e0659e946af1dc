package io.article28.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.RejectedException;

/**
 * Passwords of 12 to 128 characters, whatever their size in bytes, hashed with Argon2id;
 * the most common ones refused; BCrypt hashes of earlier versions upgraded at sign-in.
 */
@IntegrationTest
class PasswordIntegrationTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	CommonPasswords commonPasswords;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aPasswordOf128CharactersAndAbove72BytesIsAcceptedAndSignsIn() throws Exception {
		var tenant = tenants.create();
		String password = "é".repeat(128);
		String email = member(tenant, password);
		assertThat(hashOf(email)).startsWith("{argon2@SpringSecurity_v5_8}");
		mvc.perform(get("/api/v1/me").with(httpBasic(email, password))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic(email, "é".repeat(127) + "e")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPasswordOf129CharactersOr11IsRefusedAnd12IsAccepted() {
		var tenant = tenants.create();
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> member(tenant, "x7".repeat(64) + "y"))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("password"));
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> member(tenant, "kx7-qw9-zt4"))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("password"));
		assertThat(member(tenant, "kx7-qw9-zt4p")).isNotBlank();
	}

	@Test
	void oneOfTheMostCommonPasswordsIsRefusedWhateverItsCase() {
		var tenant = tenants.create();
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> member(tenant, "QWERTY123456"))
			.satisfies(refused -> {
				assertThat(refused.field()).isEqualTo("password");
				assertThat(refused.getMessage()).contains("most common");
			});
		assertThat(commonPasswords.size()).as("the list holds at least the 10,000 most common")
			.isGreaterThanOrEqualTo(10_000);
		assertThat(commonPasswords.contains("1qaz2wsx3edc")).isTrue();
		assertThat(commonPasswords.contains("a-test-password-1")).isFalse();
	}

	@Test
	void aBcryptHashOfAnEarlierVersionSignsInAndIsReplacedByAnArgon2Hash() throws Exception {
		var tenant = tenants.create();
		String password = "an-earlier-password";
		String email = member(tenant, password);
		jdbc.sql("update app_user set password_hash = :hash where email = :email")
			.param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode(password))
			.param("email", email)
			.update();
		mvc.perform(get("/api/v1/me").with(httpBasic(email, "x".repeat(100)))).andExpect(status().isUnauthorized());
		assertThat(hashOf(email)).as("a wrong password upgrades nothing").startsWith("{bcrypt}");
		mvc.perform(get("/api/v1/me").with(httpBasic(email, password))).andExpect(status().isOk());
		assertThat(hashOf(email)).startsWith("{argon2@SpringSecurity_v5_8}");
		mvc.perform(get("/api/v1/me").with(httpBasic(email, password))).andExpect(status().isOk());
	}

	private String member(Tenants.Tenant tenant, String password) {
		String email = "pw-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenant.id() + ".example";
		accounts.addMember(tenant.organization().id(),
				new NewMember(email, "Member", OrganizationRole.MEMBER, false, password), null);
		return email;
	}

	private String hashOf(String email) {
		return jdbc.sql("select password_hash from app_user where email = :email")
			.param("email", email)
			.query(String.class)
			.single();
	}

}
