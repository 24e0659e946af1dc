package io.article28.agreements;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Timestamps;

/**
 * Which version binds each organization: the one it most recently made binding, by an
 * online signature or by a hand-signed copy that staff accepted. Read with one query, for
 * one organization or for all of them.
 */
@Repository
class DpaBindings {

	private static final String BINDINGS = """
			select organization_id, version_id, signed_at as bound_at from dpa_signature
			union all
			select organization_id, version_id, reviewed_at as bound_at from dpa_upload where status = 'ACCEPTED'""";

	private record Binding(OrganizationId organization, DpaVersionId version, Instant at) {
	}

	private static final BinaryOperator<Binding> LATEST = BinaryOperator
		.maxBy(Comparator.comparing(Binding::at).thenComparing(binding -> binding.version().value()));

	private final JdbcClient jdbc;

	DpaBindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DpaVersionId> of(OrganizationId organization) {
		return query("select * from (" + BINDINGS + ") bindings where organization_id = :org",
				Map.of("org", organization.value()))
			.stream()
			.reduce(LATEST)
			.map(Binding::version);
	}

	/** Every organization bound by a version, with that version. */
	Map<OrganizationId, DpaVersionId> all() {
		return query(BINDINGS, Map.of()).stream()
			.collect(Collectors.toMap(Binding::organization, binding -> binding, LATEST))
			.values()
			.stream()
			.collect(Collectors.toMap(Binding::organization, Binding::version));
	}

	private List<Binding> query(String sql, Map<String, Object> params) {
		return jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Binding(new OrganizationId(rs.getObject("organization_id", UUID.class)),
					new DpaVersionId(rs.getString("version_id")), Timestamps.read(rs, "bound_at")))
			.list();
	}

}
