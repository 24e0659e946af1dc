package io.article28.subprocessors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** Customers' requests for confirmation of the last audit of a sub-processor. */
@Repository
class AuditConfirmations {

	private final JdbcClient jdbc;

	AuditConfirmations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuditConfirmation confirmation) {
		jdbc.sql("""
				insert into subprocessor_audit_confirmation (id, organization_id, subprocessor_id, question,
				  requested_at, requested_by, status)
				values (:id, :organization, :subprocessor, :question, :at, :by, :status)""")
			.param("id", confirmation.id())
			.param("organization", confirmation.organization().value())
			.param("subprocessor", confirmation.subprocessorId())
			.param("question", confirmation.question().orElse(null))
			.param("at", Timestamps.of(confirmation.requestedAt()))
			.param("by", confirmation.requestedBy().value())
			.param("status", confirmation.status().name())
			.update();
	}

	/**
	 * Stores the answer, unless another answer was stored in the meantime: returns
	 * whether this one was.
	 */
	boolean answer(AuditConfirmation confirmation) {
		AuditConfirmation.Answer answer = confirmation.answer().orElseThrow();
		return jdbc.sql("""
				update subprocessor_audit_confirmation
				set status = :status, answered_at = :at, answered_by = :by, last_audit = :lastAudit,
				  statement = :statement
				where id = :id and status = 'OPEN'""")
			.param("status", confirmation.status().name())
			.param("at", Timestamps.of(answer.at()))
			.param("by", answer.by().value())
			.param("lastAudit", answer.lastAudit())
			.param("statement", answer.statement())
			.param("id", confirmation.id())
			.update() == 1;
	}

	Optional<AuditConfirmation> find(UUID id) {
		return jdbc.sql("select * from subprocessor_audit_confirmation where id = :id")
			.param("id", id)
			.query(AuditConfirmations::map)
			.optional();
	}

	/** The organization's requests, the latest first. */
	Page<AuditConfirmation> of(OrganizationId organization, PageRequest page) {
		return page("where organization_id = :organization", Map.of("organization", organization.value()),
				"requested_at desc, id", page);
	}

	/** Every organization's requests, optionally of one status, the oldest first. */
	Page<AuditConfirmation> list(AuditConfirmation.Status status, PageRequest page) {
		return status == null ? page("", Map.of(), "requested_at, id", page)
				: page("where status = :status", Map.of("status", status.name()), "requested_at, id", page);
	}

	void deleteAll(OrganizationId organization) {
		jdbc.sql("delete from subprocessor_audit_confirmation where organization_id = :organization")
			.param("organization", organization.value())
			.update();
	}

	private Page<AuditConfirmation> page(String where, Map<String, Object> params, String order, PageRequest page) {
		long total = jdbc.sql("select count(*) from subprocessor_audit_confirmation " + where)
			.params(params)
			.query(Long.class)
			.single();
		Map<String, Object> paged = new HashMap<>(params);
		paged.put("limit", page.size());
		paged.put("offset", page.offset());
		List<AuditConfirmation> items = jdbc
			.sql("select * from subprocessor_audit_confirmation " + where + " order by " + order
					+ " limit :limit offset :offset")
			.params(paged)
			.query(AuditConfirmations::map)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	private static AuditConfirmation map(ResultSet rs, int row) throws SQLException {
		UUID answeredBy = rs.getObject("answered_by", UUID.class);
		AuditConfirmation.Answer answer = answeredBy == null ? null
				: new AuditConfirmation.Answer(Timestamps.read(rs, "answered_at"), new UserId(answeredBy),
						rs.getObject("last_audit", LocalDate.class), rs.getString("statement"));
		return new AuditConfirmation(rs.getObject("id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)),
				rs.getObject("subprocessor_id", UUID.class), rs.getString("question"),
				Timestamps.read(rs, "requested_at"), new UserId(rs.getObject("requested_by", UUID.class)), answer);
	}

}
