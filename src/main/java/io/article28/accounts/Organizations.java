package io.article28.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.EmailAddress;
import io.article28.core.Page;
import io.article28.core.Timestamps;
import io.article28.core.PageRequest;

/** The customer organizations, stored with plain SQL. */
@Repository
class Organizations {

	private static final String COLUMNS = "id, name, billing_email, dpo_name, dpo_email, created_at, restricted_at";

	private final JdbcClient jdbc;

	Organizations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Organization organization) {
		jdbc.sql("""
				insert into organization (id, name, billing_email, dpo_name, dpo_email, created_at)
				values (:id, :name, :billingEmail, :dpoName, :dpoEmail, :createdAt)""")
			.param("id", organization.id().value())
			.param("name", organization.name())
			.param("billingEmail", organization.billingEmail().value())
			.param("dpoName", organization.dpoContact().map(DpoContact::name).orElse(null))
			.param("dpoEmail", organization.dpoContact().map(contact -> contact.email().value()).orElse(null))
			.param("createdAt", Timestamps.of(organization.createdAt()))
			.update();
	}

	void updateDpoContact(Organization organization) {
		DpoContact contact = organization.dpoContact().orElseThrow();
		jdbc.sql("update organization set dpo_name = :name, dpo_email = :email where id = :id")
			.param("name", contact.name())
			.param("email", contact.email().value())
			.param("id", organization.id().value())
			.update();
	}

	void updateRestriction(Organization organization) {
		jdbc.sql("update organization set restricted_at = :at where id = :id")
			.param("at", organization.restrictedSince().map(Timestamps::of).orElse(null))
			.param("id", organization.id().value())
			.update();
	}

	Optional<Organization> findById(OrganizationId id) {
		return jdbc.sql("select " + COLUMNS + " from organization where id = :id")
			.param("id", id.value())
			.query(Organizations::map)
			.optional();
	}

	Optional<Organization> findByName(String name) {
		return jdbc.sql("select " + COLUMNS + " from organization where lower(name) = lower(:name)")
			.param("name", name.strip())
			.query(Organizations::map)
			.optional();
	}

	boolean existsByName(String name) {
		return jdbc.sql("select count(*) from organization where lower(name) = lower(:name)")
			.param("name", name.strip())
			.query(Long.class)
			.single() > 0;
	}

	List<Organization> findAll(Collection<OrganizationId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from organization where id in (:ids)")
			.param("ids", ids.stream().map(OrganizationId::value).toList())
			.query(Organizations::map)
			.list();
	}

	/**
	 * The next organizations by name and id after {@code last} (from the first when
	 * null).
	 */
	List<Organization> after(Organization last, int limit) {
		if (last == null) {
			return jdbc.sql("select " + COLUMNS + " from organization order by name, id limit :limit")
				.param("limit", limit)
				.query(Organizations::map)
				.list();
		}
		return jdbc.sql("select " + COLUMNS + """
				 from organization where name >= :name and (name > :name or id > :id)
				order by name, id limit :limit""")
			.param("name", last.name())
			.param("id", last.id().value())
			.param("limit", limit)
			.query(Organizations::map)
			.list();
	}

	Page<Organization> page(PageRequest request) {
		long total = jdbc.sql("select count(*) from organization").query(Long.class).single();
		var items = jdbc.sql("select " + COLUMNS + " from organization order by name, id limit :limit offset :offset")
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Organizations::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	private static Organization map(ResultSet rs, int row) throws SQLException {
		String dpoName = rs.getString("dpo_name");
		DpoContact dpo = dpoName == null ? null : new DpoContact(dpoName, new EmailAddress(rs.getString("dpo_email")));
		return new Organization(new OrganizationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				new EmailAddress(rs.getString("billing_email")), dpo, Timestamps.read(rs, "created_at"),
				Timestamps.read(rs, "restricted_at"));
	}

}
