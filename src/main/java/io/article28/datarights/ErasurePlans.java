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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The erasure plans: shown, confirmed, then the work items of {@link PersonErasureJob}.
 */
@Repository
class ErasurePlans {

	private static final TypeReference<List<ErasurePlan.StorePlan>> STORES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final WorkItems work;

	ErasurePlans(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.work = new WorkItems(jdbc, "erasure_plan", "CONFIRMED", "confirmed_at", "");
	}

	void insert(ErasurePlan plan, UUID by) {
		jdbc.sql("""
				insert into erasure_plan (id, kind, organization_id, request_id, app_id, app_name, status, digest,
				  stores, planned_by, planned_at, values_digest)
				values (:id, :kind, :org, :request, :app, :appName, :status, :digest, :stores, :by, :at,
				  :valuesDigest)""")
			.param("valuesDigest", plan.valuesDigest())
			.param("id", plan.id())
			.param("kind", plan.kind().name())
			.param("org", plan.organizationId().value())
			.param("request", plan.requestId())
			.param("app", plan.appId())
			.param("appName", plan.appName())
			.param("status", plan.status().name())
			.param("digest", plan.digest())
			.param("stores", json.writeValueAsString(plan.stores()))
			.param("by", by)
			.param("at", Timestamps.of(plan.plannedAt()))
			.update();
	}

	Optional<ErasurePlan> find(UUID id) {
		return jdbc.sql("select * from erasure_plan where id = :id").param("id", id).query(this::map).optional();
	}

	List<ErasurePlan> ofRequest(UUID request) {
		return jdbc.sql("select * from erasure_plan where request_id = :request order by planned_at desc, id")
			.param("request", request)
			.query(this::map)
			.list();
	}

	/** The plans of the request waiting for a confirmation, or for the job. */
	List<ErasurePlan> open(UUID request) {
		return jdbc.sql("""
				select * from erasure_plan where request_id = :request and status in ('PLANNED', 'CONFIRMED', 'RUNNING')
				order by planned_at""").param("request", request).query(this::map).list();
	}

	/** Moves the plan on from the status it must have; false when it no longer has it. */
	boolean move(UUID id, ErasurePlan.Status from, ErasurePlan.Status to) {
		return jdbc.sql("update erasure_plan set status = :to where id = :id and status = :from")
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.update() == 1;
	}

	/** Confirms the plan into that status; false when it no longer waits for it. */
	boolean confirm(UUID id, UUID by, Instant now, ErasurePlan.Status into) {
		return jdbc.sql("""
				update erasure_plan set status = :into, confirmed_by = :by, confirmed_at = :now, heartbeat_at = :now
				where id = :id and status = 'PLANNED'""")
			.param("id", id)
			.param("into", into.name())
			.param("by", by)
			.param("now", Timestamps.of(now))
			.update() == 1;
	}

	/** The confirmed plans as work items: confirmed, then running with a heartbeat. */
	WorkItems work() {
		return work;
	}

	/**
	 * Keeps what came of the stores so far, before the next one is touched: a crash
	 * leaves the record of what was erased and what remains.
	 */
	void progress(UUID id, List<ErasurePlan.StorePlan> stores, Instant now) {
		jdbc.sql("update erasure_plan set stores = :stores, heartbeat_at = :now where id = :id")
			.param("id", id)
			.param("stores", json.writeValueAsString(stores))
			.param("now", Timestamps.of(now))
			.update();
	}

	void finish(UUID id, ErasurePlan.Status status, String failure, Instant now) {
		jdbc.sql("update erasure_plan set status = :status, failure = :failure, finished_at = :now where id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("failure", failure == null || failure.length() <= 300 ? failure : failure.substring(0, 300))
			.param("now", Timestamps.of(now))
			.update();
	}

	/** Keeps the plan's certificate; false when it has one already. */
	boolean certify(UUID id, UUID attachment) {
		return jdbc
			.sql("update erasure_plan set certificate_id = :attachment where id = :id and certificate_id is null")
			.param("id", id)
			.param("attachment", attachment)
			.update() == 1;
	}

	void deleteOf(OrganizationId organization) {
		jdbc.sql("delete from erasure_plan where organization_id = :org").param("org", organization.value()).update();
	}

	private ErasurePlan map(ResultSet rs, int row) throws SQLException {
		return new ErasurePlan(rs.getObject("id", UUID.class), ErasurePlan.Kind.valueOf(rs.getString("kind")),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getObject("request_id", UUID.class),
				rs.getObject("app_id", UUID.class), rs.getString("app_name"),
				ErasurePlan.Status.valueOf(rs.getString("status")), rs.getString("digest"),
				json.readValue(rs.getString("stores"), STORES), Timestamps.read(rs, "planned_at"),
				Timestamps.read(rs, "confirmed_at"), Timestamps.read(rs, "finished_at"), rs.getString("failure"),
				rs.getObject("certificate_id", UUID.class), rs.getString("values_digest"));
	}

}
