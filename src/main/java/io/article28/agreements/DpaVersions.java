package io.article28.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;

/** The published DPA versions. */
@Repository
class DpaVersions {

	private final JdbcClient jdbc;

	DpaVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(DpaVersionId id) {
		return jdbc.sql("select count(*) from dpa_version where id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single() > 0;
	}

	void insert(DpaVersion version) {
		DpaTerms terms = version.terms();
		jdbc.sql("""
				insert into dpa_version (id, title, published_at, template, sub_processing, objection_window_days,
				  objection_grounds, audits_per_year, audit_notice_weeks, return_period_days, trail_retention_months,
				  governing_law)
				values (:id, :title, :publishedAt, :template, :subProcessing, :window, :grounds, :audits, :notice,
				  :returnDays, :retention, :law)""")
			.param("id", version.id().value())
			.param("title", version.title())
			.param("publishedAt", Timestamps.of(version.publishedAt()))
			.param("template", version.template().markdown())
			.param("subProcessing", terms.subProcessing().name())
			.param("window", terms.objectionWindowDays())
			.param("grounds",
					terms.objectionGrounds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("audits", terms.auditsPer12Months())
			.param("notice", terms.auditNoticeWeeks())
			.param("returnDays", terms.returnPeriodDays())
			.param("retention", terms.trailRetentionMonths())
			.param("law", terms.governingLaw())
			.update();
	}

	Optional<DpaVersion> find(DpaVersionId id) {
		return jdbc.sql("select * from dpa_version where id = :id")
			.param("id", id.value())
			.query(DpaVersions::map)
			.optional();
	}

	/** Newest first. */
	List<DpaVersion> all() {
		return jdbc.sql("select * from dpa_version order by published_at desc, id desc").query(DpaVersions::map).list();
	}

	Optional<DpaVersion> latest(Instant now) {
		return jdbc
			.sql("select * from dpa_version where published_at <= :now order by published_at desc, id desc limit 1")
			.param("now", Timestamps.of(now))
			.query(DpaVersions::map)
			.optional();
	}

	private static DpaVersion map(ResultSet rs, int row) throws SQLException {
		String grounds = rs.getString("objection_grounds");
		EnumSet<ObjectionGround> parsed = EnumSet.noneOf(ObjectionGround.class);
		if (!grounds.isEmpty()) {
			Arrays.stream(grounds.split(",")).map(ObjectionGround::valueOf).forEach(parsed::add);
		}
		int window = rs.getInt("objection_window_days");
		Integer objectionWindow = rs.wasNull() ? null : window;
		DpaTerms terms = new DpaTerms(SubProcessingRegime.valueOf(rs.getString("sub_processing")), objectionWindow,
				parsed, rs.getInt("audits_per_year"), rs.getInt("audit_notice_weeks"), rs.getInt("return_period_days"),
				rs.getInt("trail_retention_months"), rs.getString("governing_law"));
		return new DpaVersion(new DpaVersionId(rs.getString("id")), rs.getString("title"),
				Timestamps.read(rs, "published_at"), new DpaTemplate(rs.getString("template")), terms);
	}

}
