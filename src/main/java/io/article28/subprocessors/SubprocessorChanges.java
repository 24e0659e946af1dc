package io.article28.subprocessors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.agreements.DpaVersionId;
import io.article28.agreements.ObjectionGround;
import io.article28.agreements.SubProcessingRegime;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/**
 * The announced changes and each organization's notice of them. Notices are written in
 * batches, since one change reaches every customer.
 */
@Repository
class SubprocessorChanges {

	/**
	 * A notice's status in SQL, for counts and filters over thousands of notices; it says
	 * what {@link ChangeNotice#status} says.
	 */
	private static final String STATUS = """
			case
			  when answer = 'OBJECTED' and decision = 'UPHELD' then 'UPHELD'
			  when answer = 'OBJECTED' and decision = 'DISMISSED' then 'DISMISSED'
			  when answer = 'OBJECTED' then 'OBJECTED'
			  when answer = 'CONSENTED' then 'CONSENTED'
			  when answer = 'REFUSED' then 'REFUSED'
			  when regime = 'PRIOR_WRITTEN_CONSENT' then 'AWAITING_CONSENT'
			  when objection_closes_at > :now then 'OPEN'
			  else 'NO_OBJECTION'
			end""";

	private static final String INSERT_NOTICE = """
			insert into subprocessor_change_notice (change_id, organization_id, dpa_version, regime, notified_at,
			  objection_window_days, objection_closes_at)
			values (:change, :org, :version, :regime, :notifiedAt, :days, :closesAt)""";

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	SubprocessorChanges(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(SubprocessorChange change) {
		jdbc.sql(
				"""
						insert into subprocessor_change (id, change_type, incoming_id, outgoing_id, summary, effective_on,
						  announced_at, announced_by, notified_organizations)
						values (:id, :type, :incoming, :outgoing, :summary, :effectiveOn, :announcedAt, :announcedBy, :count)""")
			.param("id", change.id())
			.param("type", change.type().name())
			.param("incoming", change.incomingId())
			.param("outgoing", change.outgoingId())
			.param("summary", change.summary())
			.param("effectiveOn", change.effectiveOn())
			.param("announcedAt", Timestamps.of(change.announcedAt()))
			.param("announcedBy", change.announcedBy() == null ? null : change.announcedBy().value())
			.param("count", change.notifiedOrganizations())
			.update();
	}

	/** Marks the change applied; false when another instance did it first. */
	boolean markApplied(SubprocessorChange change) {
		return jdbc.sql("update subprocessor_change set applied_at = :at where id = :id and applied_at is null")
			.param("at", Timestamps.of(change.appliedAt()))
			.param("id", change.id())
			.update() == 1;
	}

	Optional<SubprocessorChange> find(UUID id) {
		return jdbc.sql("select * from subprocessor_change where id = :id")
			.param("id", id)
			.query(SubprocessorChanges::change)
			.optional();
	}

	Page<SubprocessorChange> page(PageRequest request) {
		long total = jdbc.sql("select count(*) from subprocessor_change").query(Long.class).single();
		List<SubprocessorChange> items = jdbc
			.sql("select * from subprocessor_change order by announced_at desc, id limit :limit offset :offset")
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(SubprocessorChanges::change)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	/** Whether a change not yet applied concerns the sub-processor. */
	boolean pendingFor(UUID subprocessor) {
		return jdbc.sql("""
				select count(*) from subprocessor_change
				where applied_at is null and (incoming_id = :id or outgoing_id = :id)""")
			.param("id", subprocessor)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Changes not applied yet whose day has come and whose every window to object has
	 * closed.
	 */
	List<SubprocessorChange> due(LocalDate today, Instant now) {
		return jdbc.sql("""
				select * from subprocessor_change c
				where c.applied_at is null and c.effective_on <= :today
				  and not exists (select 1 from subprocessor_change_notice n
				                  where n.change_id = c.id and n.objection_closes_at > :now)
				order by c.effective_on, c.announced_at""")
			.param("today", today)
			.param("now", Timestamps.of(now))
			.query(SubprocessorChanges::change)
			.list();
	}

	void insertNotices(List<ChangeNotice> notices) {
		for (int from = 0; from < notices.size(); from += BATCH) {
			batch.batchUpdate(INSERT_NOTICE,
					notices.subList(from, Math.min(notices.size(), from + BATCH))
						.stream()
						.map(SubprocessorChanges::parameters)
						.toArray(SqlParameterSource[]::new));
		}
	}

	private static SqlParameterSource parameters(ChangeNotice notice) {
		return new MapSqlParameterSource().addValue("change", notice.changeId())
			.addValue("org", notice.organizationId().value())
			.addValue("version", notice.dpaVersion().value())
			.addValue("regime", notice.regime().name())
			.addValue("notifiedAt", Timestamps.of(notice.notifiedAt()))
			.addValue("days", notice.objectionWindowDays())
			.addValue("closesAt", Timestamps.of(notice.window().map(ObjectionWindow::closesAt).orElse(null)));
	}

	Optional<ChangeNotice> notice(UUID change, OrganizationId organization) {
		return jdbc.sql("select * from subprocessor_change_notice where change_id = :change and organization_id = :org")
			.param("change", change)
			.param("org", organization.value())
			.query(SubprocessorChanges::notice)
			.optional();
	}

	/** Writes what was answered and decided; the notice itself never changes. */
	void update(ChangeNotice notice) {
		jdbc.sql(
				"""
						update subprocessor_change_notice set answer = :answer, ground = :ground, justification = :justification,
						  answered_at = :answeredAt, answered_by = :answeredBy, decision = :decision,
						  decision_reason = :reason, decided_at = :decidedAt, decided_by = :decidedBy
						where change_id = :change and organization_id = :org""")
			.param("answer", notice.answer() == null ? null : notice.answer().name())
			.param("ground", notice.ground() == null ? null : notice.ground().name())
			.param("justification", notice.justification())
			.param("answeredAt", Timestamps.of(notice.answeredAt()))
			.param("answeredBy", notice.answeredBy() == null ? null : notice.answeredBy().value())
			.param("decision", notice.decision() == null ? null : notice.decision().name())
			.param("reason", notice.decisionReason())
			.param("decidedAt", Timestamps.of(notice.decidedAt()))
			.param("decidedBy", notice.decidedBy() == null ? null : notice.decidedBy().value())
			.param("change", notice.changeId())
			.param("org", notice.organizationId().value())
			.update();
	}

	/**
	 * The notices of a change after an organization, in the order of their ids: to walk
	 * thousands of them a batch at a time.
	 */
	List<ChangeNotice> noticesAfter(UUID change, OrganizationId after, int limit) {
		return jdbc
			.sql("select * from subprocessor_change_notice where change_id = :change"
					+ (after == null ? "" : " and organization_id > :after") + " order by organization_id limit :limit")
			.params(after == null ? Map.of() : Map.of("after", after.value()))
			.param("change", change)
			.param("limit", limit)
			.query(SubprocessorChanges::notice)
			.list();
	}

	/** The organization's notices, newest first. */
	Page<ChangeNotice> noticesOf(OrganizationId organization, PageRequest request) {
		long total = jdbc.sql("select count(*) from subprocessor_change_notice where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		List<ChangeNotice> items = jdbc.sql("""
				select * from subprocessor_change_notice where organization_id = :org
				order by notified_at desc, change_id limit :limit offset :offset""")
			.param("org", organization.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(SubprocessorChanges::notice)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	/** How many organizations stand where, for one change. */
	Map<NoticeStatus, Long> counts(UUID change, Instant now) {
		Map<NoticeStatus, Long> counts = new EnumMap<>(NoticeStatus.class);
		jdbc.sql("select status, count(*) as n from (select " + STATUS
				+ " as status from subprocessor_change_notice where change_id = :change) s group by status")
			.param("change", change)
			.param("now", Timestamps.of(now))
			.query((rs, row) -> counts.put(NoticeStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** The notices of a change, those with the status only when one is given. */
	Page<ChangeNotice> answers(UUID change, NoticeStatus status, Instant now, PageRequest request) {
		String from = " from (select n.*, " + STATUS
				+ " as status from subprocessor_change_notice n where change_id = :change) s"
				+ (status == null ? "" : " where status = :status");
		Map<String, Object> params = new HashMap<>();
		params.put("change", change);
		params.put("now", Timestamps.of(now));
		if (status != null) {
			params.put("status", status.name());
		}
		long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
		List<ChangeNotice> items = jdbc
			.sql("select *" + from
					+ " order by answered_at desc nulls last, organization_id limit :limit offset :offset")
			.params(params)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(SubprocessorChanges::notice)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	private static SubprocessorChange change(ResultSet rs, int row) throws SQLException {
		UUID announcedBy = rs.getObject("announced_by", UUID.class);
		return new SubprocessorChange(rs.getObject("id", UUID.class), ChangeType.valueOf(rs.getString("change_type")),
				rs.getObject("incoming_id", UUID.class), rs.getObject("outgoing_id", UUID.class),
				rs.getString("summary"), rs.getObject("effective_on", LocalDate.class),
				Timestamps.read(rs, "announced_at"), announcedBy == null ? null : new UserId(announcedBy),
				rs.getInt("notified_organizations"), Timestamps.read(rs, "applied_at"));
	}

	private static ChangeNotice notice(ResultSet rs, int row) throws SQLException {
		String answer = rs.getString("answer");
		String ground = rs.getString("ground");
		String decision = rs.getString("decision");
		UUID answeredBy = rs.getObject("answered_by", UUID.class);
		UUID decidedBy = rs.getObject("decided_by", UUID.class);
		Integer days = rs.getObject("objection_window_days", Integer.class);
		return new ChangeNotice(rs.getObject("change_id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)),
				new DpaVersionId(rs.getString("dpa_version")), SubProcessingRegime.valueOf(rs.getString("regime")),
				Timestamps.read(rs, "notified_at"), days, answer == null ? null : ChangeNotice.Answer.valueOf(answer),
				ground == null ? null : ObjectionGround.valueOf(ground), rs.getString("justification"),
				Timestamps.read(rs, "answered_at"), answeredBy == null ? null : new UserId(answeredBy),
				decision == null ? null : ChangeNotice.Decision.valueOf(decision), rs.getString("decision_reason"),
				Timestamps.read(rs, "decided_at"), decidedBy == null ? null : new UserId(decidedBy));
	}

}
