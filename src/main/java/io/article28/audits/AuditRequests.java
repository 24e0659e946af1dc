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
		AuditRequest.Work work = request.work().orElse(null);
		jdbc.sql("""
				update audit_request set status = :status, decided_at = :decidedAt, decided_by = :decidedBy,
				  agreed_start = :agreedStart, agreed_duration_days = :agreedDuration, refusal_reason = :reason,
				  competitor = :competitor, started_at = :startedAt, started_by = :startedBy,
				  completed_at = :completedAt, completed_by = :completedBy
				where id = :id""")
			.param("status", request.status().name())
			.param("decidedAt", Timestamps.of(decision == null ? null : decision.at()))
			.param("decidedBy", decision == null ? null : decision.by().value())
			.param("agreedStart", decision == null ? null : decision.agreedStart())
			.param("agreedDuration", decision == null ? null : decision.agreedDurationDays())
			.param("reason", decision == null ? null : decision.refusalReason())
			.param("competitor", decision != null && decision.competitor())
			.param("startedAt", Timestamps.of(work == null ? null : work.startedAt()))
			.param("startedBy", work == null ? null : work.startedBy().value())
			.param("completedAt", Timestamps.of(work == null ? null : work.completedAt()))
			.param("completedBy", work == null || work.completedBy() == null ? null : work.completedBy().value())
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

	void insertQuote(AuditRequest request, FeeQuote quote) {
		jdbc.sql("""
				insert into audit_fee_quote (id, request_id, proposed_at, proposed_by, assistance, amount_cents,
				  currency, status)
				values (:id, :request, :at, :by, :assistance, :cents, :currency, :status)""")
			.param("id", quote.id())
			.param("request", request.id())
			.param("at", Timestamps.of(quote.proposedAt()))
			.param("by", quote.proposedBy().value())
			.param("assistance", quote.assistance())
			.param("cents", quote.amountCents())
			.param("currency", quote.currency())
			.param("status", quote.status().name())
			.update();
	}

	/** Stores the customer's answer, unless another answer came first. */
	boolean updateQuote(FeeQuote quote) {
		FeeQuote.Answer answer = quote.answer();
		return jdbc.sql("""
				update audit_fee_quote set status = :status, answered_at = :at, answered_by = :by,
				  approver_name = :name, approved_sha256 = :sha256, decline_reason = :reason
				where id = :id and status = 'PROPOSED'""")
			.param("status", quote.status().name())
			.param("at", Timestamps.of(answer.at()))
			.param("by", answer.by().value())
			.param("name", answer.approverName())
			.param("sha256", answer.approvedSha256())
			.param("reason", answer.declineReason())
			.param("id", quote.id())
			.update() == 1;
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
		return countedStarts(organization, null);
	}

	/**
	 * The starts of the organization's audits that count against its allowance, but one.
	 */
	List<LocalDate> countedStarts(OrganizationId organization, UUID except) {
		return of(organization).stream()
			.filter(request -> request.status().counted() && !request.id().equals(except))
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
		for (String table : List.of("audit_message", "audit_fee_quote", "audit_report")) {
			jdbc.sql("delete from " + table
					+ " where request_id in (select id from audit_request where organization_id = :organization)")
				.param("organization", organization.value())
				.update();
		}
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
		Map<UUID, List<FeeQuote>> quotes = new HashMap<>();
		jdbc.sql("select * from audit_fee_quote where request_id in (:ids) order by proposed_at, id")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> quotes.computeIfAbsent(rs.getObject("request_id", UUID.class), key -> new ArrayList<>())
				.add(quote(rs)))
			.list();
		return rows.stream()
			.map(row -> row.request(threads.getOrDefault(row.id(), List.of()),
					quotes.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private record Row(UUID id, OrganizationId organization, java.time.Instant submittedAt, UserId submittedBy,
			AuditPlan plan, AuditStatus status, AuditRequest.Decision decision, AuditRequest.Work work) {

		AuditRequest request(List<AuditMessage> thread, List<FeeQuote> quotes) {
			return new AuditRequest(id, organization, submittedAt, submittedBy, plan, status, thread, decision, quotes,
					work);
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
		UUID startedBy = rs.getObject("started_by", UUID.class);
		UUID completedBy = rs.getObject("completed_by", UUID.class);
		AuditRequest.Work work = startedBy == null ? null
				: new AuditRequest.Work(Timestamps.read(rs, "started_at"), new UserId(startedBy),
						Timestamps.read(rs, "completed_at"), completedBy == null ? null : new UserId(completedBy));
		return new Row(rs.getObject("id", UUID.class), new OrganizationId(rs.getObject("organization_id", UUID.class)),
				Timestamps.read(rs, "submitted_at"), new UserId(rs.getObject("submitted_by", UUID.class)), plan,
				AuditStatus.valueOf(rs.getString("status")), decision, work);
	}

	private static FeeQuote quote(ResultSet rs) throws SQLException {
		UUID answeredBy = rs.getObject("answered_by", UUID.class);
		FeeQuote.Answer answer = answeredBy == null ? null
				: new FeeQuote.Answer(Timestamps.read(rs, "answered_at"), new UserId(answeredBy),
						rs.getString("approver_name"), rs.getString("approved_sha256"), rs.getString("decline_reason"));
		return new FeeQuote(rs.getObject("id", UUID.class), Timestamps.read(rs, "proposed_at"),
				new UserId(rs.getObject("proposed_by", UUID.class)), rs.getString("assistance"),
				rs.getLong("amount_cents"), rs.getString("currency"), FeeQuote.Status.valueOf(rs.getString("status")),
				answer);
	}

}
