package io.article28.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.EmailAddress;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;
import io.article28.platform.AppId;

@Repository
class RightsRequests {

	/**
	 * Which requests a list shows: by status, only the late ones; the escalated ones of
	 * every organization, or those whose app the provider's support has to find.
	 */
	record Filter(RequestStatus status, boolean overdueOnly, boolean escalatedOnly, boolean awaitingApp,
			LocalDate today) {

		Filter(RequestStatus status, boolean overdueOnly, boolean escalatedOnly, LocalDate today) {
			this(status, overdueOnly, escalatedOnly, false, today);
		}
	}

	private final JdbcClient jdbc;

	RightsRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RightsRequest request) {
		jdbc.sql("""
				insert into rights_request (id, app_id, app_name, organization_id, request_right, requester_email,
				  details, status, submitted_at, confirmation_digest, confirmation_expires_at, app_unknown, app_hint)
				values (:id, :appId, :appName, :organization, :right, :email, :details, :status, :submittedAt,
				  :confirmation, :expiresAt, :appUnknown, :appHint)""")
			.param("id", request.id())
			.param("appId", request.appId().map(AppId::value).orElse(null))
			.param("appName", request.appName().orElse(null))
			.param("organization", request.organizationId().map(OrganizationId::value).orElse(null))
			.param("right", request.right().name())
			.param("email", request.requesterEmail().value())
			.param("details", request.details())
			.param("status", request.status().name())
			.param("submittedAt", Timestamps.of(request.submittedAt()))
			.param("confirmation", request.confirmationDigest())
			.param("expiresAt", Timestamps.of(request.confirmationExpiresAt()))
			.param("appUnknown", request.awaitsApp())
			.param("appHint", request.appHint().orElse(null))
			.update();
	}

	void update(RightsRequest request) {
		jdbc.sql("""
				update rights_request set status = :status, confirmation_digest = :confirmation,
				  status_digest = :statusDigest,
				  received_at = :receivedAt, due_on = :dueOn, acknowledged_at = :acknowledgedAt,
				  acknowledged_by = :acknowledgedBy, extended_due_on = :extendedDueOn, extension_reason = :reason,
				  extended_at = :extendedAt, outcome = :outcome, answer = :answer, answered_at = :answeredAt,
				  answered_by = :answeredBy, closed_at = :closedAt, escalated_at = :escalatedAt,
				  information_requested_at = :informationRequestedAt, app_id = :appId, app_name = :appName,
				  organization_id = :organization, app_unknown = :appUnknown, assigned_at = :assignedAt
				where id = :id""")
			.param("status", request.status().name())
			.param("confirmation", request.confirmationDigest())
			.param("statusDigest", request.statusDigest())
			.param("receivedAt", Timestamps.of(request.receivedAt().orElse(null)))
			.param("dueOn", request.dueOn().orElse(null))
			.param("acknowledgedAt", Timestamps.of(request.acknowledgedAt().orElse(null)))
			.param("acknowledgedBy", request.acknowledgedBy().map(UserId::value).orElse(null))
			.param("extendedDueOn", request.extension().map(RightsRequest.Extension::dueOn).orElse(null))
			.param("reason", request.extension().map(RightsRequest.Extension::reason).orElse(null))
			.param("extendedAt", Timestamps.of(request.extension().map(RightsRequest.Extension::at).orElse(null)))
			.param("outcome", request.answer().map(answer -> answer.outcome().name()).orElse(null))
			.param("answer", request.answer().map(RightsRequest.Answer::message).orElse(null))
			.param("answeredAt", Timestamps.of(request.answer().map(RightsRequest.Answer::at).orElse(null)))
			.param("answeredBy", request.answer().map(answer -> answer.by().value()).orElse(null))
			.param("closedAt", Timestamps.of(request.closedAt().orElse(null)))
			.param("escalatedAt", Timestamps.of(request.escalatedAt().orElse(null)))
			.param("informationRequestedAt", Timestamps.of(request.informationRequestedAt().orElse(null)))
			.param("appId", request.appId().map(AppId::value).orElse(null))
			.param("appName", request.appName().orElse(null))
			.param("organization", request.organizationId().map(OrganizationId::value).orElse(null))
			.param("appUnknown", request.awaitsApp())
			.param("assignedAt", Timestamps.of(request.assignedAt().orElse(null)))
			.param("id", request.id())
			.update();
	}

	Optional<RightsRequest> find(UUID id) {
		return jdbc.sql("select * from rights_request where id = :id")
			.param("id", id)
			.query(RightsRequests::map)
			.optional();
	}

	/**
	 * The confirmed requests of an organization, or about the provider when it is null,
	 * the most urgent first.
	 */
	Page<RightsRequest> received(OrganizationId organization, Filter filter, PageRequest page) {
		Where where = where(organization, filter);
		List<RightsRequest> items = jdbc
			.sql("select * from rights_request" + where.sql()
					+ " order by coalesce(extended_due_on, due_on), received_at, id limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(RightsRequests::map)
			.list();
		return new Page<>(items, page.page(), page.size(), count(where));
	}

	/** How many confirmed requests of the organization the filter keeps. */
	long count(OrganizationId organization, Filter filter) {
		return count(where(organization, filter));
	}

	private long count(Where where) {
		return jdbc.sql("select count(*) from rights_request" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(OrganizationId organization, Filter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		// Escalations are listed for every organization: the provider's support follows
		// them all.
		if (filter.awaitingApp()) {
			conditions.add("app_unknown = true");
		}
		else if (filter.escalatedOnly()) {
			// Requests about the provider, or whose app is still to be found, have no
			// owner to follow up: they stay in their own queues.
			conditions.add("organization_id is not null");
		}
		else {
			if (organization == null) {
				conditions.add("organization_id is null and app_unknown = false");
			}
			else {
				conditions.add("organization_id = :organization");
				params.put("organization", organization.value());
			}
		}
		conditions.add("status <> 'UNCONFIRMED'");
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.escalatedOnly()) {
			conditions.add("escalated_at is not null and status in ('RECEIVED', 'ACKNOWLEDGED')");
		}
		if (filter.overdueOnly()) {
			conditions.add("status in ('RECEIVED', 'ACKNOWLEDGED') and coalesce(extended_due_on, due_on) < :today");
			params.put("today", filter.today());
		}
		return new Where(" where " + String.join(" and ", conditions), params);
	}

	/**
	 * Received requests nobody acknowledged since before the cutoff, not escalated yet;
	 * one the provider's support assigned to its app counts from the assignment.
	 */
	List<UUID> unacknowledgedSince(java.time.Instant cutoff, int limit) {
		return jdbc.sql("""
				select id from rights_request where status = 'RECEIVED' and escalated_at is null
				  and coalesce(assigned_at, received_at) <= :cutoff order by received_at limit :limit""")
			.param("cutoff", Timestamps.of(cutoff))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Open requests due on that day, without the reminder of that many days before it.
	 */
	List<UUID> dueWithoutReminder(LocalDate dueOn, int daysBefore) {
		return jdbc
			.sql("""
					select id from rights_request r where status in ('RECEIVED', 'ACKNOWLEDGED')
					  and coalesce(extended_due_on, due_on) = :dueOn
					  and not exists (select 1 from request_reminder m where m.request_id = r.id and m.days_before = :days)""")
			.param("dueOn", dueOn)
			.param("days", daysBefore)
			.query(UUID.class)
			.list();
	}

	void reminded(UUID request, int daysBefore, java.time.Instant at) {
		jdbc.sql("insert into request_reminder (request_id, days_before, sent_at) values (:id, :days, :at)")
			.param("id", request)
			.param("days", daysBefore)
			.param("at", Timestamps.of(at))
			.update();
	}

	/** Deletes the requests never confirmed whose link expired before the cutoff. */
	int deleteUnconfirmedExpiredBefore(java.time.Instant cutoff) {
		return jdbc.sql("delete from rights_request where status = 'UNCONFIRMED' and confirmation_expires_at < :cutoff")
			.param("cutoff", Timestamps.of(cutoff))
			.update();
	}

	private static RightsRequest map(ResultSet rs, int row) throws SQLException {
		UUID app = rs.getObject("app_id", UUID.class);
		UUID organization = rs.getObject("organization_id", UUID.class);
		UUID acknowledgedBy = rs.getObject("acknowledged_by", UUID.class);
		LocalDate extendedDueOn = rs.getObject("extended_due_on", LocalDate.class);
		String outcome = rs.getString("outcome");
		UUID answeredBy = rs.getObject("answered_by", UUID.class);
		return new RightsRequest(rs.getObject("id", UUID.class), app == null ? null : new AppId(app),
				rs.getString("app_name"), organization == null ? null : new OrganizationId(organization),
				RequestRight.valueOf(rs.getString("request_right")), new EmailAddress(rs.getString("requester_email")),
				rs.getString("details"), RequestStatus.valueOf(rs.getString("status")),
				Timestamps.read(rs, "submitted_at"), rs.getString("confirmation_digest"),
				Timestamps.read(rs, "confirmation_expires_at"), rs.getString("status_digest"),
				Timestamps.read(rs, "received_at"), rs.getObject("due_on", LocalDate.class),
				Timestamps.read(rs, "acknowledged_at"), acknowledgedBy == null ? null : new UserId(acknowledgedBy),
				extendedDueOn == null ? null
						: new RightsRequest.Extension(extendedDueOn, rs.getString("extension_reason"),
								Timestamps.read(rs, "extended_at")),
				outcome == null ? null
						: new RightsRequest.Answer(RequestOutcome.valueOf(outcome), rs.getString("answer"),
								Timestamps.read(rs, "answered_at"), new UserId(answeredBy)),
				Timestamps.read(rs, "closed_at"), Timestamps.read(rs, "escalated_at"),
				Timestamps.read(rs, "information_requested_at"), rs.getBoolean("app_unknown"), rs.getString("app_hint"),
				Timestamps.read(rs, "assigned_at"));
	}

}
