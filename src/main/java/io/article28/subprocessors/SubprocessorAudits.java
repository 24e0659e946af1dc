package io.article28.subprocessors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.article28.accounts.UserId;
import io.article28.core.Timestamps;

/** The audits of sub-processors: the one place their dates are kept. */
@Repository
class SubprocessorAudits {

	private final JdbcClient jdbc;

	SubprocessorAudits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the audit and returns it with its id. */
	SubprocessorAudit insert(SubprocessorAudit audit) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into subprocessor_audit (subprocessor_id, audited_on, auditor, outcome, recorded_at, recorded_by)
				values (:subprocessor, :on, :auditor, :outcome, :at, :by)""")
			.param("subprocessor", audit.subprocessorId())
			.param("on", audit.date())
			.param("auditor", audit.auditor())
			.param("outcome", audit.outcome())
			.param("at", Timestamps.of(audit.recordedAt()))
			.param("by", audit.recordedBy() == null ? null : audit.recordedBy().value())
			.update(key, "id");
		return new SubprocessorAudit(key.getKeyAs(Number.class).longValue(), audit.subprocessorId(), audit.date(),
				audit.auditor(), audit.outcome(), audit.recordedAt(), audit.recordedBy());
	}

	/** The sub-processor's audits, the latest first. */
	List<SubprocessorAudit> of(UUID subprocessor) {
		return jdbc
			.sql("select * from subprocessor_audit where subprocessor_id = :id order by audited_on desc, id desc")
			.param("id", subprocessor)
			.query(SubprocessorAudits::map)
			.list();
	}

	Optional<SubprocessorAudit> find(UUID subprocessor, long id) {
		return jdbc.sql("select * from subprocessor_audit where subprocessor_id = :subprocessor and id = :id")
			.param("subprocessor", subprocessor)
			.param("id", id)
			.query(SubprocessorAudits::map)
			.optional();
	}

	void delete(SubprocessorAudit audit) {
		jdbc.sql("delete from subprocessor_audit where id = :id").param("id", audit.id()).update();
	}

	/**
	 * The dates of the audits of the sub-processors, each list in no particular order.
	 */
	Map<UUID, List<LocalDate>> dates(Collection<UUID> subprocessors) {
		Map<UUID, List<LocalDate>> dates = new HashMap<>();
		if (subprocessors.isEmpty()) {
			return dates;
		}
		jdbc.sql("select subprocessor_id, audited_on from subprocessor_audit where subprocessor_id in (:ids)")
			.param("ids", subprocessors)
			.query((rs, n) -> dates
				.computeIfAbsent(rs.getObject("subprocessor_id", UUID.class), key -> new ArrayList<>())
				.add(rs.getObject("audited_on", LocalDate.class)))
			.list();
		return dates;
	}

	private static SubprocessorAudit map(ResultSet rs, int row) throws SQLException {
		UUID by = rs.getObject("recorded_by", UUID.class);
		return new SubprocessorAudit(rs.getLong("id"), rs.getObject("subprocessor_id", UUID.class),
				rs.getObject("audited_on", LocalDate.class), rs.getString("auditor"), rs.getString("outcome"),
				Timestamps.read(rs, "recorded_at"), by == null ? null : new UserId(by));
	}

}
