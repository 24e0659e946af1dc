package io.article28.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.EmailAddress;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/** Staff and organization members, stored with plain SQL. */
@Repository
class Users {

	private static final String COLUMNS = """
			id, email, name, password_hash, staff_role, organization_id, organization_role, can_export, created_at""";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(User user) {
		var membership = user.membership();
		jdbc.sql(
				"""
						insert into app_user (id, email, name, password_hash, staff_role, organization_id,
						  organization_role, can_export, created_at)
						values (:id, :email, :name, :hash, :staffRole, :organizationId, :organizationRole, :canExport, :createdAt)""")
			.param("id", user.id().value())
			.param("email", user.email().value())
			.param("name", user.name())
			.param("hash", user.passwordHash())
			.param("staffRole", user.staffRole().map(Enum::name).orElse(null))
			.param("organizationId", membership.map(m -> m.organizationId().value()).orElse(null))
			.param("organizationRole", membership.map(m -> m.role().name()).orElse(null))
			.param("canExport", membership.map(Membership::canExport).orElse(false))
			.param("createdAt", Timestamps.of(user.createdAt()))
			.update();
	}

	void updateProfile(User user) {
		jdbc.sql("update app_user set email = :email, name = :name, password_hash = :hash where id = :id")
			.param("email", user.email().value())
			.param("name", user.name())
			.param("hash", user.passwordHash())
			.param("id", user.id().value())
			.update();
	}

	void updatePasswordHash(UserId id, String hash) {
		jdbc.sql("update app_user set password_hash = :hash where id = :id")
			.param("hash", hash)
			.param("id", id.value())
			.update();
	}

	Optional<User> findById(UserId id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
			.param("id", id.value())
			.query(Users::map)
			.optional();
	}

	Optional<User> findByEmail(EmailAddress email) {
		return jdbc.sql("select " + COLUMNS + " from app_user where email = :email")
			.param("email", email.value())
			.query(Users::map)
			.optional();
	}

	boolean existsByEmail(EmailAddress email) {
		return jdbc.sql("select count(*) from app_user where email = :email")
			.param("email", email.value())
			.query(Long.class)
			.single() > 0;
	}

	boolean anyStaff() {
		return jdbc.sql("select count(*) from app_user where staff_role is not null").query(Long.class).single() > 0;
	}

	Page<User> members(OrganizationId organization, PageRequest request) {
		long total = jdbc.sql("select count(*) from app_user where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		var items = jdbc
			.sql("select " + COLUMNS
					+ " from app_user where organization_id = :org order by name, id limit :limit offset :offset")
			.param("org", organization.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Users::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	/** The owners' email addresses of each of the organizations. */
	Map<OrganizationId, List<EmailAddress>> ownerEmails(Collection<OrganizationId> organizations) {
		if (organizations.isEmpty()) {
			return Map.of();
		}
		record Owner(OrganizationId organization, EmailAddress email) {
		}
		return jdbc.sql("""
				select organization_id, email from app_user
				where organization_id in (:orgs) and organization_role = 'OWNER' order by email""")
			.param("orgs", organizations.stream().map(OrganizationId::value).toList())
			.query((rs, row) -> new Owner(new OrganizationId(rs.getObject("organization_id", UUID.class)),
					new EmailAddress(rs.getString("email"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Owner::organization, Collectors.mapping(Owner::email, Collectors.toList())));
	}

	Page<User> staff(PageRequest request) {
		long total = jdbc.sql("select count(*) from app_user where staff_role is not null").query(Long.class).single();
		var items = jdbc
			.sql("select " + COLUMNS
					+ " from app_user where staff_role is not null order by name, id limit :limit offset :offset")
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Users::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	List<EmailAddress> staffEmails(StaffRole role) {
		return jdbc.sql("select email from app_user where staff_role = :role order by email")
			.param("role", role.name())
			.query((rs, row) -> new EmailAddress(rs.getString("email")))
			.list();
	}

	private static User map(ResultSet rs, int row) throws SQLException {
		String staffRole = rs.getString("staff_role");
		UUID organizationId = rs.getObject("organization_id", UUID.class);
		Membership membership = organizationId == null ? null : new Membership(new OrganizationId(organizationId),
				OrganizationRole.valueOf(rs.getString("organization_role")), rs.getBoolean("can_export"));
		return new User(new UserId(rs.getObject("id", UUID.class)), new EmailAddress(rs.getString("email")),
				rs.getString("name"), rs.getString("password_hash"),
				staffRole == null ? null : StaffRole.valueOf(staffRole), membership, Timestamps.read(rs, "created_at"));
	}

}
