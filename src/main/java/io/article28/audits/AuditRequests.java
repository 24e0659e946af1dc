package io.article28.audits;

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
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/** Audit requests and their threads. */
@Repository
class AuditRequests {

	private final JdbcClient jdbc;

	AuditRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuditRequest request) {
		AuditPlan plan = request.plan();
		jdbc.sql("""
				insert into audit_request (id, organization_id, submitted_at, submitted_by, scope, proposed_start,
				  duration_days, auditor_kind, auditor_name, confidentiality_signed, legal_obligation, status)
				values (:id, :organization, :submittedAt, :submittedBy, :scope, :proposedStart, :duration, :kind,
				  :name, :signed, :legalObligation, :status)""")
			.param("id", request.id())
			.param("organization", request.organization().value())
			.param("submittedAt", Timestamps.of(request.submittedAt()))
			.param("submittedBy", request.submittedBy().value())
			.param("scope", plan.scope())
			.param("proposedStart", plan.proposedStart())
			.param("duration", plan.durationDays())
			.param("kind", plan.auditor().kind().name())
			.param("name", plan.auditor().name())
			.param("signed", plan.auditor().confidentialityAgreementSigned())
			.param("legalObligation", plan.legalObligation())
			.param("status", request.status().name())
			.update();
	}

	/** Stores the status and the decision, and appends the message if any. */
	void update(AuditRequest request, AuditMessage message) {
		AuditRequest.Decision decision = request.decision().orElse(null);
		jdbc.sql("""
				update audit_request set status = :status, decided_at = :decidedAt, decided_by = :decidedBy,
				  agreed_start = :agreedStart, agreed_duration_days = :agreedDuration, refusal_reason = :reason,
				  competitor = :competitor
				where id = :id""")
			.param("status", request.status().name())
			.param("decidedAt", Timestamps.of(decision == null ? null : decision.at()))
			.param("decidedBy", decision == null ? null : decision.by().value())
			.param("agreedStart", decision == null ? null : decision.agreedStart())
			.param("agreedDuration", decision == null ? null : decision.agreedDurationDays())
			.param("reason", decision == null ? null : decision.refusalReason())
			.param("competitor", decision != null && decision.competitor())
			.param("id", request.id())
			.update();
		if (message != null) {
			jdbc.sql("""
					insert into audit_message (request_id, side, body, posted_at, posted_by)
					values (:request, :side, :body, :at, :by)""")
				.param("request", request.id())
				.param("side", message.side().name())
				.param("body", message.text())
				.param("at", Timestamps.of(message.at()))
				.param("by", message.by().value())
				.update();
		}
	}

	Optional<AuditRequest> find(UUID id) {
		return load("where id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The organization's requests, the latest submitted first. */
	List<AuditRequest> of(OrganizationId organization) {
		return load("where organization_id = :organization order by submitted_at desc, id",
				Map.of("organization", organization.value()));
	}

	/** The starts of the organization's audits that count against its allowance. */
	List<LocalDate> countedStarts(OrganizationId organization) {
		return of(organization).stream()
			.filter(request -> request.status().counted())
			.map(AuditRequest::countedStart)
			.toList();
	}

	/**
	 * Every organization's requests, optionally of one status, the oldest submitted
	 * first.
	 */
	Page<AuditRequest> list(AuditStatus status, PageRequest page) {
		String where = status == null ? "" : "where status = :status ";
		Map<String, Object> params = status == null ? Map.of() : Map.of("status", status.name());
		long total = jdbc.sql("select count(*) from audit_request " + where).params(params).query(Long.class).single();
		Map<String, Object> paged = new HashMap<>(params);
		paged.put("limit", page.size());
		paged.put("offset", page.offset());
		return new Page<>(load(where + "order by submitted_at, id limit :limit offset :offset", paged), page.page(),
				page.size(), total);
	}

	void deleteAll(OrganizationId organization) {
		jdbc.sql("""
				delete from audit_message
				where request_id in (select id from audit_request where organization_id = :organization)""")
			.param("organization", organization.value())
			.update();
		jdbc.sql("delete from audit_request where organization_id = :organization")
			.param("organization", organization.value())
			.update();
	}

	private List<AuditRequest> load(String clause, Map<String, Object> params) {
		List<Row> rows = jdbc.sql("select * from audit_request " + clause).params(params).query(this::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<AuditMessage>> threads = new HashMap<>();
		jdbc.sql("select * from audit_message where request_id in (:ids) order by id")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> {
				threads.computeIfAbsent(rs.getObject("request_id", UUID.class), key -> new ArrayList<>())
					.add(new AuditMessage(AuditMessage.Side.valueOf(rs.getString("side")), rs.getString("body"),
							Timestamps.read(rs, "posted_at"), new UserId(rs.getObject("posted_by", UUID.class))));
				return null;
			})
			.list();
		return rows.stream().map(row -> row.request(threads.getOrDefault(row.id(), List.of()))).toList();
	}

	private record Row(UUID id, OrganizationId organization, java.time.Instant submittedAt, UserId submittedBy,
			AuditPlan plan, AuditStatus status, AuditRequest.Decision decision) {

		AuditRequest request(List<AuditMessage> thread) {
			return new AuditRequest(id, organization, submittedAt, submittedBy, plan, status, thread, decision);
		}

	}

	private Row row(ResultSet rs, int n) throws SQLException {
		Auditor auditor = new Auditor(Auditor.Kind.valueOf(rs.getString("auditor_kind")), rs.getString("auditor_name"),
				rs.getBoolean("confidentiality_signed"));
		AuditPlan plan = new AuditPlan(rs.getString("scope"), rs.getObject("proposed_start", LocalDate.class),
				rs.getInt("duration_days"), auditor, rs.getString("legal_obligation"));
		UUID decidedBy = rs.getObject("decided_by", UUID.class);
		Integer agreedDuration = rs.getObject("agreed_duration_days", Integer.class);
		AuditRequest.Decision decision = decidedBy == null ? null
				: new AuditRequest.Decision(Timestamps.read(rs, "decided_at"), new UserId(decidedBy),
						rs.getObject("agreed_start", LocalDate.class), agreedDuration, rs.getString("refusal_reason"),
						rs.getBoolean("competitor"));
		return new Row(rs.getObject("id", UUID.class), new OrganizationId(rs.getObject("organization_id", UUID.class)),
				Timestamps.read(rs, "submitted_at"), new UserId(rs.getObject("submitted_by", UUID.class)), plan,
				AuditStatus.valueOf(rs.getString("status")), decision);
	}

}
