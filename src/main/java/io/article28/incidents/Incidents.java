package io.article28.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.UserId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;
import io.article28.datastores.DataStoreId;
import io.article28.platform.AppId;

/** Incidents and their timelines; lists are kept one item a line. */
@Repository
class Incidents {

	private final JdbcClient jdbc;

	Incidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Incident incident) {
		jdbc.sql(
				"""
						insert into incident (id, title, description, severity, status, detected_at, aware_at, declared_at,
						  declared_by)
						values (:id, :title, :description, :severity, :status, :detectedAt, :awareAt, :declaredAt, :declaredBy)""")
			.param("id", incident.id())
			.param("title", incident.title())
			.param("description", incident.description())
			.param("severity", incident.severity().name())
			.param("status", incident.status().name())
			.param("detectedAt", Timestamps.of(incident.detectedAt()))
			.param("awareAt", Timestamps.of(incident.awareAt()))
			.param("declaredAt", Timestamps.of(incident.declaredAt()))
			.param("declaredBy", incident.declaredBy().value())
			.update();
	}

	void update(Incident incident) {
		BreachAssessment assessment = incident.assessment().orElse(null);
		BreachScope scope = assessment == null ? null : assessment.scope();
		jdbc.sql("""
				update incident set status = :status, root_cause = :rootCause, remediation = :remediation,
				  closed_at = :closedAt, assessed_at = :assessedAt, breach = :breach, not_breach_reason = :reason,
				  scope_regions = :regions, scope_apps = :apps, scope_data_stores = :stores,
				  scope_store_ids = :storeIds, window_from = :from,
				  window_to = :to, data_categories = :categories, approximate_people = :people,
				  approximate_records = :records, consequences = :consequences, measures = :measures
				where id = :id""")
			.param("status", incident.status().name())
			.param("rootCause", incident.rootCause().orElse(null))
			.param("remediation", incident.remediation().orElse(null))
			.param("closedAt", Timestamps.of(incident.closedAt().orElse(null)))
			.param("assessedAt", Timestamps.of(assessment == null ? null : assessment.assessedAt()))
			.param("breach", assessment == null ? null : assessment.breach())
			.param("reason", assessment == null ? null : assessment.reason())
			.param("regions", scope == null ? null : lines(scope.regions()))
			.param("apps",
					scope == null ? null : lines(scope.apps().stream().map(app -> app.value().toString()).toList()))
			.param("stores", scope == null ? null : lines(scope.dataStores()))
			.param("storeIds",
					scope == null ? null
							: lines(scope.stores().stream().map(store -> store.value().toString()).toList()))
			.param("from", Timestamps.of(scope == null ? null : scope.windowFrom()))
			.param("to", Timestamps.of(scope == null ? null : scope.windowTo()))
			.param("categories", scope == null ? null : lines(scope.dataCategories()))
			.param("people", scope == null ? null : scope.approximatePeople())
			.param("records", scope == null ? null : scope.approximateRecords())
			.param("consequences", scope == null ? null : scope.consequences())
			.param("measures", scope == null ? null : scope.measures())
			.param("id", incident.id())
			.update();
	}

	void insertUpdate(UUID incident, IncidentUpdate update) {
		jdbc.sql("""
				insert into incident_update (incident_id, body, happened_at, posted_at, posted_by)
				values (:incident, :body, :happenedAt, :postedAt, :postedBy)""")
			.param("incident", incident)
			.param("body", update.text())
			.param("happenedAt", Timestamps.of(update.happenedAt()))
			.param("postedAt", Timestamps.of(update.postedAt()))
			.param("postedBy", update.postedBy().value())
			.update();
	}

	Optional<Incident> find(UUID id) {
		Map<UUID, List<IncidentUpdate>> timelines = timelines(List.of(id));
		return jdbc.sql("select * from incident where id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs, timelines))
			.optional();
	}

	/** Incidents, optionally of one status, the latest declared first. */
	Page<Incident> list(IncidentStatus status, PageRequest page) {
		String where = status == null ? "" : " where status = :status";
		Map<String, Object> params = new HashMap<>();
		if (status != null) {
			params.put("status", status.name());
		}
		return page(where, "declared_at desc, id", params, page);
	}

	/** Every assessed incident, breach or not, the latest assessed first. */
	Page<Incident> assessed(PageRequest page) {
		return page(" where assessed_at is not null", "assessed_at desc, id", Map.of(), page);
	}

	private Page<Incident> page(String where, String order, Map<String, Object> params, PageRequest page) {
		return RowPages.page(jdbc, "incident", where, order, params, page, ids -> {
			Map<UUID, List<IncidentUpdate>> timelines = timelines(ids);
			return jdbc.sql("select * from incident where id in (:ids)")
				.param("ids", ids)
				.query((rs, row) -> map(rs, timelines))
				.list()
				.stream()
				.collect(Collectors.toMap(Incident::id, incident -> incident));
		});
	}

	private Map<UUID, List<IncidentUpdate>> timelines(List<UUID> ids) {
		Map<UUID, List<IncidentUpdate>> timelines = new HashMap<>();
		jdbc.sql("select * from incident_update where incident_id in (:ids) order by happened_at, id")
			.param("ids", ids)
			.query(rs -> {
				timelines.computeIfAbsent(rs.getObject("incident_id", UUID.class), key -> new java.util.ArrayList<>())
					.add(new IncidentUpdate(rs.getString("body"), Timestamps.read(rs, "happened_at"),
							Timestamps.read(rs, "posted_at"), new UserId(rs.getObject("posted_by", UUID.class))));
			});
		return timelines;
	}

	private static Incident map(ResultSet rs, Map<UUID, List<IncidentUpdate>> timelines) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Incident(id, rs.getString("title"), rs.getString("description"),
				IncidentSeverity.valueOf(rs.getString("severity")), Timestamps.read(rs, "detected_at"),
				Timestamps.read(rs, "aware_at"), Timestamps.read(rs, "declared_at"),
				new UserId(rs.getObject("declared_by", UUID.class)), IncidentStatus.valueOf(rs.getString("status")),
				rs.getString("root_cause"), rs.getString("remediation"), Timestamps.read(rs, "closed_at"),
				assessment(rs), timelines.getOrDefault(id, List.of()));
	}

	private static BreachAssessment assessment(ResultSet rs) throws SQLException {
		java.time.Instant at = Timestamps.read(rs, "assessed_at");
		if (at == null) {
			return null;
		}
		if (!rs.getBoolean("breach")) {
			return BreachAssessment.notABreach(rs.getString("not_breach_reason"), at);
		}
		BreachScope scope = new BreachScope(split(rs.getString("scope_regions")),
				split(rs.getString("scope_apps")).stream().map(value -> new AppId(UUID.fromString(value))).toList(),
				split(rs.getString("scope_data_stores")),
				split(rs.getString("scope_store_ids")).stream()
					.map(value -> new DataStoreId(UUID.fromString(value)))
					.toList(),
				Timestamps.read(rs, "window_from"), Timestamps.read(rs, "window_to"),
				split(rs.getString("data_categories")), rs.getObject("approximate_people", Long.class),
				rs.getObject("approximate_records", Long.class), rs.getString("consequences"),
				rs.getString("measures"));
		return BreachAssessment.breach(scope, at);
	}

	private static String lines(List<String> values) {
		return values.isEmpty() ? null : String.join("\n", values);
	}

	private static List<String> split(String value) {
		return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
	}

}
