package io.article28.datarights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Timestamps;
import io.article28.core.WorkItems;

/** The exports of people's data: the work items of {@link PersonExportJob}. */
@Repository
class PersonExports {

	private final JdbcClient jdbc;

	private final WorkItems work;

	PersonExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.work = new WorkItems(jdbc, "person_export", "QUEUED", "requested_at", "started_at = :now");
	}

	void queue(UUID id, OrganizationId organization, UUID request, UUID by, Instant now) {
		jdbc.sql("""
				insert into person_export (id, organization_id, request_id, status, requested_by, requested_at)
				values (:id, :org, :request, 'QUEUED', :by, :now)""")
			.param("id", id)
			.param("org", organization.value())
			.param("request", request)
			.param("by", by)
			.param("now", Timestamps.of(now))
			.update();
	}

	Optional<PersonExport> find(UUID id) {
		return jdbc.sql("select * from person_export where id = :id")
			.param("id", id)
			.query(PersonExports::map)
			.optional();
	}

	Optional<PersonExport> inProgress(UUID request) {
		return jdbc.sql("""
				select * from person_export where request_id = :request and status in ('QUEUED', 'RUNNING')
				order by requested_at limit 1""").param("request", request).query(PersonExports::map).optional();
	}

	List<PersonExport> ofRequest(UUID request) {
		return jdbc.sql("select * from person_export where request_id = :request order by requested_at desc, id")
			.param("request", request)
			.query(PersonExports::map)
			.list();
	}

	/** The exports as work items: queued, then running with a heartbeat. */
	WorkItems work() {
		return work;
	}

	void complete(UUID id, int tables, long rows, long size, String sha256, UUID attachment, Instant now) {
		jdbc.sql("""
				update person_export set status = 'COMPLETED', finished_at = :now, table_count = :tables,
				  row_count = :rows, size_bytes = :size, sha256 = :sha256, attachment_id = :attachment
				where id = :id""")
			.param("id", id)
			.param("now", Timestamps.of(now))
			.param("tables", tables)
			.param("rows", rows)
			.param("size", size)
			.param("sha256", sha256)
			.param("attachment", attachment)
			.update();
	}

	void fail(UUID id, String failure, Instant now) {
		jdbc.sql("update person_export set status = 'FAILED', finished_at = :now, failure = :failure where id = :id")
			.param("id", id)
			.param("now", Timestamps.of(now))
			.param("failure", failure.length() > 300 ? failure.substring(0, 300) : failure)
			.update();
	}

	void deleteOf(OrganizationId organization) {
		jdbc.sql("delete from person_export where organization_id = :org").param("org", organization.value()).update();
	}

	private static PersonExport map(ResultSet rs, int row) throws SQLException {
		return new PersonExport(rs.getObject("id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getObject("request_id", UUID.class),
				PersonExport.Status.valueOf(rs.getString("status")), Timestamps.read(rs, "requested_at"),
				Timestamps.read(rs, "finished_at"), rs.getObject("table_count", Integer.class),
				rs.getObject("row_count", Long.class), rs.getObject("size_bytes", Long.class), rs.getString("sha256"),
				rs.getObject("attachment_id", UUID.class), rs.getString("failure"));
	}

}
