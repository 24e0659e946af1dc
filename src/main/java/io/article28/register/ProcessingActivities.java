package io.article28.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;

/** The processing activities, in the order they were entered. */
@Repository
class ProcessingActivities {

	private final JdbcClient jdbc;

	ProcessingActivities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ProcessingActivity activity, Instant at) {
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from processing_activity")
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into processing_activity (id, position, data_subjects, purpose, nature, legal_basis,
				  data_categories, retention, created_at, updated_at)
				values (:id, :position, :dataSubjects, :purpose, :nature, :legalBasis, :dataCategories, :retention,
				  :at, :at)""")
			.params(params(activity))
			.param("position", position)
			.param("at", Timestamps.of(at))
			.update();
	}

	boolean update(ProcessingActivity activity, Instant at) {
		return jdbc.sql("""
				update processing_activity set data_subjects = :dataSubjects, purpose = :purpose, nature = :nature,
				  legal_basis = :legalBasis, data_categories = :dataCategories, retention = :retention,
				  updated_at = :at
				where id = :id""").params(params(activity)).param("at", Timestamps.of(at)).update() == 1;
	}

	Optional<ProcessingActivity> find(UUID id) {
		return jdbc.sql("select * from processing_activity where id = :id")
			.param("id", id)
			.query(ProcessingActivities::map)
			.optional();
	}

	List<ProcessingActivity> all() {
		return jdbc.sql("select * from processing_activity order by position").query(ProcessingActivities::map).list();
	}

	Optional<SecurityMeasures> securityMeasures() {
		return jdbc.sql("select description, updated_at from security_measures where id = 'general'")
			.query((rs, row) -> new SecurityMeasures(rs.getString("description"), Timestamps.read(rs, "updated_at")))
			.optional();
	}

	void saveSecurityMeasures(SecurityMeasures measures) {
		Map<String, Object> params = Map.of("description", measures.description(), "at",
				Timestamps.of(measures.updatedAt()));
		int updated = jdbc
			.sql("update security_measures set description = :description, updated_at = :at where id = 'general'")
			.params(params)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"insert into security_measures (id, description, updated_at) values ('general', :description, :at)")
				.params(params)
				.update();
		}
	}

	private static Map<String, Object> params(ProcessingActivity activity) {
		return Map.of("id", activity.id(), "dataSubjects", activity.dataSubjects(), "purpose", activity.purpose(),
				"nature", activity.nature(), "legalBasis", activity.legalBasis(), "dataCategories",
				activity.dataCategories(), "retention", activity.retention());
	}

	private static ProcessingActivity map(ResultSet rs, int row) throws SQLException {
		return new ProcessingActivity(rs.getObject("id", UUID.class), rs.getString("data_subjects"),
				rs.getString("purpose"), rs.getString("nature"), rs.getString("legal_basis"),
				rs.getString("data_categories"), rs.getString("retention"));
	}

}
