package io.article28.subprocessors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;

/**
 * The register of sub-processors. Its platform regions are kept as a comma-separated
 * column; the dates of its audits come from {@link SubprocessorAudits}.
 */
@Repository
class Subprocessors {

	private final JdbcClient jdbc;

	private final SubprocessorAudits audits;

	Subprocessors(JdbcClient jdbc, SubprocessorAudits audits) {
		this.jdbc = jdbc;
		this.audits = audits;
	}

	boolean existsByName(String name) {
		return jdbc.sql("select count(*) from subprocessor where lower(name) = lower(:name)")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Subprocessor s) {
		jdbc.sql("""
				insert into subprocessor (id, name, contact, purpose, legal_basis, data_categories, country, location,
				  transfer_safeguard, transfer_destination, platform_regions, created_at, status)
				values (:id, :name, :contact, :purpose, :legalBasis, :categories, :country, :location, :safeguard,
				  :destination, :regions, :createdAt, :status)""")
			.param("status", s.status().name())
			.param("id", s.id())
			.param("name", s.name())
			.param("contact", s.contact())
			.param("purpose", s.purpose())
			.param("legalBasis", s.legalBasis())
			.param("categories", s.dataCategories())
			.param("country", s.country())
			.param("location", s.location())
			.param("safeguard", s.safeguard().name())
			.param("destination", s.transferDestination())
			.param("regions", String.join(",", s.platformRegions()))
			.param("createdAt", Timestamps.of(s.createdAt()))
			.update();
		s.audits().forEach(date -> audits.insert(SubprocessorAudit.entered(s.id(), date)));
	}

	Optional<Subprocessor> find(UUID id) {
		return withAudits(
				jdbc.sql("select * from subprocessor where id = :id").param("id", id).query(Subprocessors::map).list())
			.stream()
			.findFirst();
	}

	void updateStatus(Subprocessor s) {
		jdbc.sql("update subprocessor set status = :status where id = :id")
			.param("status", s.status().name())
			.param("id", s.id())
			.update();
	}

	List<Subprocessor> all() {
		return withAudits(jdbc.sql("select * from subprocessor order by lower(name)").query(Subprocessors::map).list());
	}

	private static Subprocessor map(ResultSet rs, int row) throws SQLException {
		return new Subprocessor(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("contact"),
				rs.getString("purpose"), rs.getString("legal_basis"), rs.getString("data_categories"),
				rs.getString("country"), rs.getString("location"),
				TransferSafeguard.valueOf(rs.getString("transfer_safeguard")), rs.getString("transfer_destination"),
				split(rs.getString("platform_regions")), List.of(), Timestamps.read(rs, "created_at"),
				SubprocessorStatus.valueOf(rs.getString("status")));
	}

	private List<Subprocessor> withAudits(List<Subprocessor> found) {
		Map<UUID, List<LocalDate>> dates = audits.dates(found.stream().map(Subprocessor::id).toList());
		return found.stream().map(s -> s.withAudits(dates.getOrDefault(s.id(), List.of()))).toList();
	}

	private static List<String> split(String value) {
		return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
	}

}
