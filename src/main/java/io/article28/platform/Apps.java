package io.article28.platform;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/** The apps hosted on the platform. */
@Repository
class Apps {

	private final JdbcClient jdbc;

	Apps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(App app) {
		jdbc.sql("""
				insert into hosted_app (id, organization_id, name, region_code, contact_url, created_at)
				values (:id, :org, :name, :region, :contact, :createdAt)""")
			.param("id", app.id().value())
			.param("org", app.organizationId().value())
			.param("name", app.name())
			.param("region", app.regionCode())
			.param("contact", app.contact().map(URI::toString).orElse(null))
			.param("createdAt", Timestamps.of(app.createdAt()))
			.update();
	}

	java.util.Optional<App> find(AppId id) {
		return jdbc.sql("select * from hosted_app where id = :id").param("id", id.value()).query(Apps::map).optional();
	}

	java.util.Optional<App> findByName(String name) {
		return jdbc.sql("select * from hosted_app where lower(name) = lower(:name)")
			.param("name", name)
			.query(Apps::map)
			.optional();
	}

	List<String> namesStartingWith(String prefix, int limit) {
		String escaped = prefix.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return jdbc
			.sql("select name from hosted_app where lower(name) like :prefix escape '\\' order by name limit :limit")
			.param("prefix", escaped + "%")
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	boolean existsByName(String name) {
		return jdbc.sql("select count(*) from hosted_app where name = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	Page<App> ofOrganization(OrganizationId organization, PageRequest request) {
		long total = jdbc.sql("select count(*) from hosted_app where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		List<App> items = jdbc.sql("""
				select * from hosted_app where organization_id = :org
				order by region_code, name limit :limit offset :offset""")
			.param("org", organization.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Apps::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	List<App> ofOrganizations(java.util.Collection<OrganizationId> organizations) {
		if (organizations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from hosted_app where organization_id in (:orgs) order by region_code, name")
			.param("orgs", organizations.stream().map(OrganizationId::value).distinct().toList())
			.query(Apps::map)
			.list();
	}

	List<App> inRegions(java.util.Collection<String> regionCodes) {
		if (regionCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from hosted_app where region_code in (:regions) order by name")
			.param("regions", List.copyOf(regionCodes))
			.query(Apps::map)
			.list();
	}

	List<App> withIds(java.util.Collection<AppId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from hosted_app where id in (:ids) order by name")
			.param("ids", ids.stream().map(AppId::value).distinct().toList())
			.query(Apps::map)
			.list();
	}

	private static App map(ResultSet rs, int row) throws SQLException {
		String contact = rs.getString("contact_url");
		return new App(new AppId(rs.getObject("id", UUID.class)),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getString("name"),
				rs.getString("region_code"), contact == null ? null : URI.create(contact),
				Timestamps.read(rs, "created_at"));
	}

}
