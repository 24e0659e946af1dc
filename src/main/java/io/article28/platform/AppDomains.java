package io.article28.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The custom domains of the hosted apps, each on one app. */
@Repository
class AppDomains {

	private final JdbcClient jdbc;

	AppDomains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The app holding one of these domains, other than this one; none when all are free.
	 */
	Optional<AppId> holder(Collection<AppDomain> domains, AppId except) {
		if (domains.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select app_id from app_domain where domain in (:domains) and app_id <> :app")
			.param("domains", domains.stream().map(AppDomain::value).toList())
			.param("app", except.value())
			.query(UUID.class)
			.list()
			.stream()
			.findFirst()
			.map(AppId::new);
	}

	void replace(AppId app, List<AppDomain> domains) {
		jdbc.sql("delete from app_domain where app_id = :app").param("app", app.value()).update();
		for (int position = 0; position < domains.size(); position++) {
			jdbc.sql("insert into app_domain (domain, app_id, position) values (:domain, :app, :position)")
				.param("domain", domains.get(position).value())
				.param("app", app.value())
				.param("position", position)
				.update();
		}
	}

	List<AppDomain> of(AppId app) {
		return jdbc.sql("select domain from app_domain where app_id = :app order by position")
			.param("app", app.value())
			.query((rs, row) -> new AppDomain(rs.getString("domain")))
			.list();
	}

	Map<AppId, List<AppDomain>> of(Collection<AppId> apps) {
		Map<AppId, List<AppDomain>> domains = new HashMap<>();
		if (apps.isEmpty()) {
			return domains;
		}
		jdbc.sql("select app_id, domain from app_domain where app_id in (:apps) order by app_id, position")
			.param("apps", apps.stream().map(AppId::value).distinct().toList())
			.query((rs, row) -> Map.entry(new AppId(rs.getObject("app_id", UUID.class)),
					new AppDomain(rs.getString("domain"))))
			.list()
			.forEach(entry -> domains.computeIfAbsent(entry.getKey(), app -> new java.util.ArrayList<>())
				.add(entry.getValue()));
		return domains;
	}

	Optional<AppId> appAt(String domain) {
		return jdbc.sql("select app_id from app_domain where domain = :domain")
			.param("domain", domain)
			.query(UUID.class)
			.optional()
			.map(AppId::new);
	}

}
