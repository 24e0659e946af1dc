package io.article28;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.NewMember;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationRole;
import io.article28.accounts.StaffRole;
import io.article28.accounts.UserId;

/**
 * Makes fresh customer organizations with people for a test, and signs requests as them.
 */
@Component
public class Tenants {

	public static final String PASSWORD = "a-test-password-1";

	public static final String ADMIN_EMAIL = "admin@article28.local";

	public static final String ADMIN_PASSWORD = "initial-admin-secret";

	/** A customer organization with one OWNER and one MEMBER. */
	public record Tenant(Organization organization, String ownerEmail, String memberEmail) {

		public String id() {
			return organization.id().toString();
		}

		public RequestPostProcessor owner() {
			return httpBasic(ownerEmail, PASSWORD);
		}

		public RequestPostProcessor member() {
			return httpBasic(memberEmail, PASSWORD);
		}
	}

	private final AccountManagement accounts;

	private final JdbcClient jdbc;

	Tenants(AccountManagement accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	public Tenant create() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Organization organization = accounts.createOrganization("Tenant " + tag, "billing@" + tag + ".example", null);
		String owner = "owner@" + tag + ".example";
		String member = "member@" + tag + ".example";
		accounts.addMember(organization.id(),
				new NewMember(owner, "Owner " + tag, OrganizationRole.OWNER, true, PASSWORD), null);
		accounts.addMember(organization.id(),
				new NewMember(member, "Member " + tag, OrganizationRole.MEMBER, false, PASSWORD), null);
		return new Tenant(organization, owner, member);
	}

	/** A new staff member with the role, signing requests with its password. */
	public RequestPostProcessor staff(StaffRole role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@staff.example";
		accounts.createStaff(email, "Staff " + role, role, PASSWORD);
		return httpBasic(email, PASSWORD);
	}

	/**
	 * A new API token of the person with this email, for calls that need no password
	 * hashing.
	 */
	public String apiToken(String email) {
		UserId id = new UserId(jdbc.sql("select id from app_user where email = :email")
			.param("email", email)
			.query(UUID.class)
			.single());
		return accounts.issueToken(id, "test").token();
	}

	public static RequestPostProcessor staffAdmin() {
		return httpBasic(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

}
