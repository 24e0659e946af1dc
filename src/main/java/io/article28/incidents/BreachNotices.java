package io.article28.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;
import io.article28.platform.AppId;

/**
 * The customers told of each breach with their apps, the requests to tell them, the
 * follow-up phases and every version of each customer's draft to its authority.
 */
@Repository
class BreachNotices {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	BreachNotices(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insertNotification(BreachNotification notification) {
		jdbc.sql("""
				insert into breach_notification (id, incident_id, kind, phase, requested_at, requested_by, status, told)
				values (:id, :incident, :kind, :phase, :at, :by, :status, 0)""")
			.param("id", notification.id())
			.param("incident", notification.incidentId())
			.param("kind", notification.kind().name())
			.param("phase", notification.phase())
			.param("at", Timestamps.of(notification.requestedAt()))
			.param("by", notification.requestedBy().value())
			.param("status", notification.status().name())
			.update();
	}

	void started(UUID notification, int organizations) {
		jdbc.sql("update breach_notification set status = 'RUNNING', organizations = :n where id = :id")
			.param("n", organizations)
			.param("id", notification)
			.update();
	}

	void progressed(UUID notification, int told) {
		jdbc.sql("update breach_notification set told = told + :told where id = :id")
			.param("told", told)
			.param("id", notification)
			.update();
	}

	/**
	 * Counts a follow-up's batch and keeps the last organization it reached, where a
	 * resumed run goes on from.
	 */
	void progressed(UUID notification, int told, OrganizationId last) {
		jdbc.sql("update breach_notification set told = told + :told, resume_after = :last where id = :id")
			.param("told", told)
			.param("last", last.value())
			.param("id", notification)
			.update();
	}

	/** The last organization a follow-up reached before it stopped, if any. */
	Optional<OrganizationId> resumeAfter(UUID notification) {
		return jdbc.sql("select resume_after from breach_notification where id = :id and resume_after is not null")
			.param("id", notification)
			.query((rs, row) -> new OrganizationId(rs.getObject(1, UUID.class)))
			.optional();
	}

	void finished(UUID notification, Instant at) {
		jdbc.sql("update breach_notification set status = 'DONE', finished_at = :at where id = :id")
			.param("at", Timestamps.of(at))
			.param("id", notification)
			.update();
	}

	Optional<BreachNotification> notification(UUID id) {
		return jdbc.sql("select * from breach_notification where id = :id")
			.param("id", id)
			.query(BreachNotices::notification)
			.optional();
	}

	/** An incident's requests to tell its customers, the latest first. */
	List<BreachNotification> notifications(UUID incident) {
		return jdbc.sql("select * from breach_notification where incident_id = :incident order by requested_at desc")
			.param("incident", incident)
			.query(BreachNotices::notification)
			.list();
	}

	void lockIncident(UUID incident) {
		jdbc.sql("select id from incident where id = :incident for update")
			.param("incident", incident)
			.query(UUID.class)
			.single();
	}

	boolean notifying(UUID incident) {
		return jdbc.sql("select count(*) from breach_notification where incident_id = :incident and status <> 'DONE'")
			.param("incident", incident)
			.query(Long.class)
			.single() > 0;
	}

	/** The organizations already told of the breach. */
	Set<OrganizationId> told(UUID incident) {
		return new HashSet<>(jdbc.sql("select organization_id from breach_notice where incident_id = :incident")
			.param("incident", incident)
			.query((rs, row) -> new OrganizationId(rs.getObject(1, UUID.class)))
			.list());
	}

	/** How many organizations were told of each breach, and when first. */
	Map<UUID, BreachManagement.Told> toldSummary(List<UUID> incidents) {
		Map<UUID, BreachManagement.Told> summary = new HashMap<>();
		if (incidents.isEmpty()) {
			return summary;
		}
		jdbc.sql("""
				select incident_id, count(*) as organizations, min(notified_at) as first_at from breach_notice
				where incident_id in (:incidents) group by incident_id""").param("incidents", incidents).query(rs -> {
			summary.put(rs.getObject("incident_id", UUID.class),
					new BreachManagement.Told(rs.getLong("organizations"), Timestamps.read(rs, "first_at")));
		});
		return summary;
	}

	void insertNotices(List<BreachNotice> notices) {
		batch.batchUpdate("""
				insert into breach_notice (incident_id, organization_id, notified_at)
				values (:incident, :org, :at)""",
				notices.stream()
					.map(notice -> new MapSqlParameterSource().addValue("incident", notice.incidentId())
						.addValue("org", notice.organizationId().value())
						.addValue("at", Timestamps.of(notice.notifiedAt())))
					.toArray(SqlParameterSource[]::new));
		batch.batchUpdate("""
				insert into breach_notice_app (incident_id, organization_id, app_id, app_name, region_code)
				values (:incident, :org, :app, :name, :region)""",
				notices.stream()
					.flatMap(notice -> notice.apps()
						.stream()
						.map(app -> new MapSqlParameterSource().addValue("incident", notice.incidentId())
							.addValue("org", notice.organizationId().value())
							.addValue("app", app.id().value())
							.addValue("name", app.name())
							.addValue("region", app.regionCode())))
					.toArray(SqlParameterSource[]::new));
	}

	/** A batch of the organizations told of a breach, in the order of their ids. */
	List<OrganizationId> toldAfter(UUID incident, OrganizationId after, int limit) {
		return jdbc.sql("""
				select organization_id from breach_notice
				where incident_id = :incident and organization_id > :after
				order by organization_id limit :limit""")
			.param("incident", incident)
			.param("after", after == null ? new UUID(0, 0) : after.value())
			.param("limit", limit)
			.query((rs, row) -> new OrganizationId(rs.getObject(1, UUID.class)))
			.list();
	}

	long countTold(UUID incident) {
		return jdbc.sql("select count(*) from breach_notice where incident_id = :incident")
			.param("incident", incident)
			.query(Long.class)
			.single();
	}

	Optional<BreachNotice> notice(UUID incident, OrganizationId organization) {
		List<BreachNotice> found = notices("where n.incident_id = :incident and n.organization_id = :org",
				Map.of("incident", incident, "org", organization.value()), "");
		return found.stream().findFirst();
	}

	/** The breaches an organization was told of, the latest first. */
	Page<BreachNotice> noticesOf(OrganizationId organization, PageRequest page) {
		long total = jdbc.sql("select count(*) from breach_notice where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		List<BreachNotice> items = notices("where n.organization_id = :org", Map.of("org", organization.value()),
				" order by n.notified_at desc, n.incident_id limit " + page.size() + " offset " + page.offset());
		return new Page<>(items, page.page(), page.size(), total);
	}

	/** Notices of one organization, with their apps. */
	private List<BreachNotice> notices(String where, Map<String, Object> params, String order) {
		List<BreachNotice> notices = new ArrayList<>();
		jdbc.sql("select n.* from breach_notice n " + where + order).params(params).query(rs -> {
			notices.add(notice(rs, List.of()));
		});
		if (notices.isEmpty()) {
			return notices;
		}
		Map<UUID, List<AffectedOrganization.AffectedApp>> apps = new HashMap<>();
		jdbc.sql("""
				select * from breach_notice_app a where a.organization_id = :org and a.incident_id in (:incidents)
				order by a.app_name""")
			.param("org", notices.get(0).organizationId().value())
			.param("incidents", notices.stream().map(BreachNotice::incidentId).toList())
			.query(rs -> {
				apps.computeIfAbsent(rs.getObject("incident_id", UUID.class), key -> new ArrayList<>())
					.add(new AffectedOrganization.AffectedApp(new AppId(rs.getObject("app_id", UUID.class)),
							rs.getString("app_name"), rs.getString("region_code")));
			});
		return notices.stream()
			.map(notice -> new BreachNotice(notice.incidentId(), notice.organizationId(), notice.notifiedAt(),
					notice.recordedAwareAt(), notice.awareRecordedBy(),
					apps.getOrDefault(notice.incidentId(), List.of()), notice.submission()))
			.toList();
	}

	void recordAwareness(BreachNotice notice) {
		jdbc.sql("""
				update breach_notice set aware_at = :at, aware_recorded_by = :by
				where incident_id = :incident and organization_id = :org""")
			.param("at", Timestamps.of(notice.recordedAwareAt()))
			.param("by", notice.awareRecordedBy() == null ? null : notice.awareRecordedBy().value())
			.param("incident", notice.incidentId())
			.param("org", notice.organizationId().value())
			.update();
	}

	void recordSubmission(BreachNotice notice) {
		AuthoritySubmission submission = notice.submission();
		jdbc.sql("""
				update breach_notice set authority_decided_at = :at, authority_code = :authority,
				  authority_reference = :reference, authority_draft_version = :version, authority_recorded_by = :by,
				  not_notified_reason = :reason
				where incident_id = :incident and organization_id = :org""")
			.param("at", Timestamps.of(submission.at()))
			.param("authority", submission.authority())
			.param("reference", submission.reference())
			.param("version", submission.draftVersion())
			.param("by", submission.recordedBy().value())
			.param("reason", submission.notNotifiedReason())
			.param("incident", notice.incidentId())
			.param("org", notice.organizationId().value())
			.update();
	}

	/**
	 * Notices whose customer has not recorded notifying its authority, was not reminded
	 * yet, and became aware at or before the moment given.
	 */
	List<BreachNotice> toRemind(Instant awareBy, int limit) {
		return jdbc.sql("""
				select * from breach_notice
				where reminded_at is null and authority_decided_at is null
				  and coalesce(aware_at, notified_at) <= :awareBy
				order by notified_at, incident_id, organization_id limit :limit""")
			.param("awareBy", Timestamps.of(awareBy))
			.param("limit", limit)
			.query((rs, row) -> notice(rs, List.of()))
			.list();
	}

	/**
	 * How many of the organization's breaches await its notification to its authority,
	 * and the earliest moment it became aware of one of them.
	 */
	BreachManagement.Pending pending(OrganizationId organization) {
		return jdbc.sql("""
				select count(*) as breaches, min(coalesce(aware_at, notified_at)) as earliest from breach_notice
				where organization_id = :org and authority_decided_at is null""")
			.param("org", organization.value())
			.query((rs, row) -> {
				Instant earliest = Timestamps.read(rs, "earliest");
				return new BreachManagement.Pending(rs.getLong("breaches"),
						earliest == null ? null : new AuthorityDeadline(earliest).deadline());
			})
			.single();
	}

	void reminded(List<BreachNotice> notices, Instant at) {
		batch.batchUpdate("""
				update breach_notice set reminded_at = :at
				where incident_id = :incident and organization_id = :org""",
				notices.stream()
					.map(notice -> new MapSqlParameterSource().addValue("at", Timestamps.of(at))
						.addValue("incident", notice.incidentId())
						.addValue("org", notice.organizationId().value()))
					.toArray(SqlParameterSource[]::new));
	}

	int insertFollowUp(UUID incident, String text, UserId by, Instant at) {
		int phase = jdbc.sql("select coalesce(max(phase), 1) from breach_follow_up where incident_id = :incident")
			.param("incident", incident)
			.query(Integer.class)
			.single() + 1;
		jdbc.sql("""
				insert into breach_follow_up (incident_id, phase, body, posted_at, posted_by)
				values (:incident, :phase, :body, :at, :by)""")
			.param("incident", incident)
			.param("phase", phase)
			.param("body", text)
			.param("at", Timestamps.of(at))
			.param("by", by.value())
			.update();
		return phase;
	}

	List<BreachFollowUp> followUps(UUID incident) {
		return jdbc.sql("select * from breach_follow_up where incident_id = :incident order by phase")
			.param("incident", incident)
			.query((rs, row) -> new BreachFollowUp(rs.getInt("phase"), rs.getString("body"),
					Timestamps.read(rs, "posted_at"), new UserId(rs.getObject("posted_by", UUID.class))))
			.list();
	}

	void insertDraft(UUID incident, OrganizationId organization, AuthorityDraft draft) {
		jdbc.sql(
				"""
						insert into authority_draft (incident_id, organization_id, version, authority, nature, approximate_people,
						  approximate_records, contact, consequences, measures, delay_reasons, saved_at, saved_by)
						values (:incident, :org, :version, :authority, :nature, :people, :records, :contact, :consequences,
						  :measures, :delay, :at, :by)""")
			.param("incident", incident)
			.param("org", organization.value())
			.param("version", draft.version())
			.param("authority", draft.authority())
			.param("nature", draft.nature())
			.param("people", draft.approximatePeople())
			.param("records", draft.approximateRecords())
			.param("contact", draft.contact())
			.param("consequences", draft.consequences())
			.param("measures", draft.measures())
			.param("delay", draft.delayReasons())
			.param("at", Timestamps.of(draft.savedAt()))
			.param("by", draft.savedBy().value())
			.update();
	}

	/** Every saved version of the draft, the latest first. */
	List<AuthorityDraft> drafts(UUID incident, OrganizationId organization) {
		return jdbc.sql("""
				select * from authority_draft where incident_id = :incident and organization_id = :org
				order by version desc""")
			.param("incident", incident)
			.param("org", organization.value())
			.query((rs, row) -> new AuthorityDraft(rs.getInt("version"), rs.getString("authority"),
					rs.getString("nature"), rs.getObject("approximate_people", Long.class),
					rs.getObject("approximate_records", Long.class), rs.getString("contact"),
					rs.getString("consequences"), rs.getString("measures"), rs.getString("delay_reasons"),
					Timestamps.read(rs, "saved_at"), userId(rs, "saved_by")))
			.list();
	}

	/** Forgets what an erased organization was told and wrote. */
	void erase(OrganizationId organization) {
		for (String table : List.of("authority_draft", "breach_notice_app", "breach_notice")) {
			jdbc.sql("delete from " + table + " where organization_id = :org")
				.param("org", organization.value())
				.update();
		}
	}

	private static BreachNotice notice(ResultSet rs, List<AffectedOrganization.AffectedApp> apps) throws SQLException {
		Instant submittedAt = Timestamps.read(rs, "authority_decided_at");
		AuthoritySubmission submission = submittedAt == null ? null
				: new AuthoritySubmission(submittedAt, rs.getString("authority_code"),
						rs.getString("authority_reference"), rs.getInt("authority_draft_version"),
						userId(rs, "authority_recorded_by"), rs.getString("not_notified_reason"));
		return new BreachNotice(rs.getObject("incident_id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), Timestamps.read(rs, "notified_at"),
				Timestamps.read(rs, "aware_at"), userId(rs, "aware_recorded_by"), apps, submission);
	}

	private static BreachNotification notification(ResultSet rs, int row) throws SQLException {
		return new BreachNotification(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
				BreachNotification.Kind.valueOf(rs.getString("kind")), rs.getObject("phase", Integer.class),
				Timestamps.read(rs, "requested_at"), userId(rs, "requested_by"),
				BreachNotification.Status.valueOf(rs.getString("status")), rs.getObject("organizations", Integer.class),
				rs.getInt("told"), Timestamps.read(rs, "finished_at"));
	}

	private static UserId userId(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new UserId(id);
	}

}
