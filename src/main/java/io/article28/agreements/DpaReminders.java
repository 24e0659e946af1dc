package io.article28.agreements;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Timestamps;

/** Who is behind on the DPA, and which reminders they already had. */
@Repository
class DpaReminders {

	private final JdbcClient jdbc;

	DpaReminders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Organizations that signed some version, but not this one. */
	List<OrganizationId> behind(DpaVersionId current) {
		return jdbc.sql("""
				select organization_id from (
				  select organization_id, version_id from dpa_signature
				  union all
				  select organization_id, version_id from dpa_upload where status = 'ACCEPTED'
				) binding
				group by organization_id
				having sum(case when version_id = :current then 1 else 0 end) = 0
				order by organization_id""")
			.param("current", current.value())
			.query(UUID.class)
			.list()
			.stream()
			.map(OrganizationId::new)
			.toList();
	}

	int lastSent(OrganizationId organization, DpaVersionId version) {
		return jdbc.sql(
				"select coalesce(max(number), 0) from dpa_reminder where organization_id = :org and version_id = :version")
			.param("org", organization.value())
			.param("version", version.value())
			.query(Integer.class)
			.single();
	}

	void record(OrganizationId organization, DpaVersionId version, int number, Instant at) {
		jdbc.sql("""
				insert into dpa_reminder (organization_id, version_id, number, sent_at)
				values (:org, :version, :number, :at)""")
			.param("org", organization.value())
			.param("version", version.value())
			.param("number", number)
			.param("at", Timestamps.of(at))
			.update();
	}

}
