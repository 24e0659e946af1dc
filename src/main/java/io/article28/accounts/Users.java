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
			id, email, name, password_hash, staff, organization_id, organization_role, can_export, created_at,
			deactivated_at""";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(User user) {
		var membership = user.membership();
		jdbc.sql(
				"""
						insert into app_user (id, email, name, password_hash, staff, organization_id,
						  organization_role, can_export, created_at)
						values (:id, :email, :name, :hash, :staff, :organizationId, :organizationRole, :canExport, :createdAt)""")
			.param("id", user.id().value())
			.param("email", user.email().value())
			.param("name", user.name())
			.param("hash", user.passwordHash())
			.param("staff", user.isStaff())
			.param("organizationId", membership.map(m -> m.organizationId().value()).orElse(null))
			.param("organizationRole", membership.map(m -> m.role().name()).orElse(null))
			.param("canExport", membership.map(Membership::canExport).orElse(false))
			.param("createdAt", Timestamps.of(user.createdAt()))
			.update();
		insertRoles(user);
	}

	/** Replaces the staff member's roles with those it holds now. */
	void updateRoles(User user) {
		jdbc.sql("delete from staff_grant where user_id = :id").param("id", user.id().value()).update();
		insertRoles(user);
	}

	private void insertRoles(User user) {
		for (StaffRole role : user.staffRoles()) {
			jdbc.sql("insert into staff_grant (user_id, role) values (:id, :role)")
				.param("id", user.id().value())
				.param("role", role.name())
				.update();
		}
	}

	void updateDeactivation(User user) {
		jdbc.sql("update app_user set deactivated_at = :at where id = :id")
			.param("at", user.deactivatedAt().map(Timestamps::of).orElse(null))
			.param("id", user.id().value())
			.update();
	}

	/**
	 * The active administrators, their rows locked until the transaction ends, so that
	 * two administrators cannot each take the last other one away at once.
	 */
	List<UserId> lockActiveAdministrators() {
		return jdbc.sql("""
				select u.id from app_user u join staff_grant g on g.user_id = u.id
				where g.role = 'ADMIN' and u.deactivated_at is null order by u.id for update""")
			.query((rs, row) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
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
		return withRoles(jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
			.param("id", id.value())
			.query(Row::of)
			.list()).stream().findFirst();
	}

	/** The names of these people, for those of them that still exist. */
	Map<UserId, String> names(Collection<UserId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, name from app_user where id in (:ids)")
			.param("ids", ids.stream().map(UserId::value).toList())
			.query((rs, row) -> Map.entry(new UserId(rs.getObject("id", UUID.class)), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Optional<User> findByEmail(EmailAddress email) {
		return withRoles(jdbc.sql("select " + COLUMNS + " from app_user where email = :email")
			.param("email", email.value())
			.query(Row::of)
			.list()).stream().findFirst();
	}

	boolean existsByEmail(EmailAddress email) {
		return jdbc.sql("select count(*) from app_user where email = :email")
			.param("email", email.value())
			.query(Long.class)
			.single() > 0;
	}

	boolean anyStaff() {
		return jdbc.sql("select count(*) from app_user where staff").query(Long.class).single() > 0;
	}

	Page<User> members(OrganizationId organization, PageRequest request) {
		long total = jdbc.sql("select count(*) from app_user where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		var items = withRoles(jdbc
			.sql("select " + COLUMNS
					+ " from app_user where organization_id = :org order by name, id limit :limit offset :offset")
			.param("org", organization.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Row::of)
			.list());
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

	/** The staff, active ones first, by name. */
	Page<User> staff(PageRequest request) {
		long total = jdbc.sql("select count(*) from app_user where staff").query(Long.class).single();
		var items = withRoles(jdbc.sql("select " + COLUMNS + """
				 from app_user where staff
				order by case when deactivated_at is null then 0 else 1 end, name, id limit :limit offset :offset""")
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Row::of)
			.list());
		return new Page<>(items, request.page(), request.size(), total);
	}

	/** The active staff holding the role, by address. */
	List<EmailAddress> staffEmails(StaffRole role) {
		return jdbc.sql("""
				select u.email from app_user u join staff_grant g on g.user_id = u.id
				where g.role = :role and u.deactivated_at is null order by u.email""")
			.param("role", role.name())
			.query((rs, row) -> new EmailAddress(rs.getString("email")))
			.list();
	}

	/** How many active staff hold each role. */
	Map<StaffRole, Long> activeStaffByRole() {
		return jdbc.sql("""
				select g.role, count(*) from staff_grant g join app_user u on u.id = g.user_id
				where u.deactivated_at is null group by g.role""")
			.query((rs, row) -> Map.entry(StaffRole.valueOf(rs.getString(1)), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum,
					() -> new java.util.EnumMap<>(StaffRole.class)));
	}

	/** A user's row before its staff roles are known. */
	private record Row(UserId id, EmailAddress email, String name, String passwordHash, boolean staff,
			Membership membership, java.time.Instant createdAt, java.time.Instant deactivatedAt) {

		static Row of(ResultSet rs, int row) throws SQLException {
			UUID organizationId = rs.getObject("organization_id", UUID.class);
			Membership membership = organizationId == null ? null : new Membership(new OrganizationId(organizationId),
					OrganizationRole.valueOf(rs.getString("organization_role")), rs.getBoolean("can_export"));
			return new Row(new UserId(rs.getObject("id", UUID.class)), new EmailAddress(rs.getString("email")),
					rs.getString("name"), rs.getString("password_hash"), rs.getBoolean("staff"), membership,
					Timestamps.read(rs, "created_at"), Timestamps.read(rs, "deactivated_at"));
		}

	}

	/**
	 * The users of the rows, the staff among them with their roles, read in one query.
	 */
	private List<User> withRoles(List<Row> rows) {
		List<UUID> staff = rows.stream().filter(Row::staff).map(row -> row.id().value()).toList();
		Map<UUID, List<StaffRole>> roles = staff.isEmpty() ? Map.of()
				: jdbc.sql("select user_id, role from staff_grant where user_id in (:ids)")
					.param("ids", staff)
					.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), StaffRole.valueOf(rs.getString(2))))
					.list()
					.stream()
					.collect(Collectors.groupingBy(Map.Entry::getKey,
							Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream()
			.map(row -> new User(row.id(), row.email(), row.name(), row.passwordHash(),
					row.staff() ? roles.getOrDefault(row.id().value(), List.of()) : null, row.membership(),
					row.createdAt(), row.deactivatedAt()))
			.toList();
	}

}
