package io.article28.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;

/** Government demands and the customers each concerns. */
@Repository
class GovernmentDemands {

	private static final String NEWEST_FIRST = "received_on desc, registered_at desc, id";

	private final JdbcClient jdbc;

	GovernmentDemands(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(GovernmentDemand demand) {
		jdbc.sql("""
				insert into government_demand (id, authority, demand_type, received_on, reference, data_concerned,
				  registered_at, registered_by, withheld_reason, legal_basis, customers_told_at, status)
				values (:id, :authority, :type, :receivedOn, :reference, :dataConcerned, :registeredAt, :registeredBy,
				  :withheldReason, :legalBasis, :toldAt, :status)""")
			.param("id", demand.id())
			.param("authority", demand.authority())
			.param("type", demand.type().name())
			.param("receivedOn", demand.receivedOn())
			.param("reference", demand.reference().orElse(null))
			.param("dataConcerned", demand.dataConcerned())
			.param("registeredAt", Timestamps.of(demand.registeredAt()))
			.param("registeredBy", demand.registeredBy().value())
			.param("withheldReason", demand.withheldReason().orElse(null))
			.param("legalBasis", demand.legalBasis().orElse(null))
			.param("toldAt", Timestamps.of(demand.customersToldAt().orElse(null)))
			.param("status", demand.status().name())
			.update();
		for (OrganizationId organization : demand.organizations()) {
			jdbc.sql("insert into government_demand_organization (demand_id, organization_id) values (:id, :org)")
				.param("id", demand.id())
				.param("org", organization.value())
				.update();
		}
	}

	/**
	 * Writes that the customers were told, unless someone else did it first: false then.
	 */
	boolean updateNotice(GovernmentDemand demand) {
		return jdbc.sql("""
				update government_demand set customers_told_at = :toldAt
				where id = :id and customers_told_at is null""")
			.param("toldAt", Timestamps.of(demand.customersToldAt().orElseThrow()))
			.param("id", demand.id())
			.update() == 1;
	}

	/** Writes the answer, unless someone else recorded one first: false then. */
	boolean updateAnswer(GovernmentDemand demand) {
		return jdbc.sql("""
				update government_demand set status = :status, answer = :answer, answered_on = :answeredOn,
				  answered_at = :answeredAt, answered_by = :answeredBy
				where id = :id and status = 'OPEN'""")
			.param("status", demand.status().name())
			.param("answer", demand.answer().orElseThrow())
			.param("answeredOn", demand.answeredOn().orElseThrow())
			.param("answeredAt", Timestamps.of(demand.answeredAt().orElseThrow()))
			.param("answeredBy", demand.answeredBy().orElseThrow().value())
			.param("id", demand.id())
			.update() == 1;
	}

	Optional<GovernmentDemand> find(UUID id) {
		Map<UUID, List<OrganizationId>> organizations = organizations(List.of(id));
		return jdbc.sql("select * from government_demand where id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs, organizations))
			.optional();
	}

	/** Every demand, optionally of one status, the latest received first. */
	Page<GovernmentDemand> list(DemandStatus status, PageRequest page) {
		String where = status == null ? "" : " where status = :status";
		Map<String, Object> params = new HashMap<>();
		if (status != null) {
			params.put("status", status.name());
		}
		return page(where, params, page);
	}

	/**
	 * The demands that concern the organization and that it has been told of, the latest
	 * received first: a withheld demand is not there until its prohibition ends.
	 */
	Page<GovernmentDemand> toldTo(OrganizationId organization, PageRequest page) {
		return page(
				" where customers_told_at is not null and id in (select demand_id"
						+ " from government_demand_organization where organization_id = :organization)",
				Map.of("organization", organization.value()), page);
	}

	/** Forgets an erased organization in every demand; the demands themselves stay. */
	int forget(OrganizationId organization) {
		return jdbc.sql("delete from government_demand_organization where organization_id = :organization")
			.param("organization", organization.value())
			.update();
	}

	private Page<GovernmentDemand> page(String where, Map<String, Object> params, PageRequest page) {
		return RowPages.page(jdbc, "government_demand", where, NEWEST_FIRST, params, page, ids -> {
			Map<UUID, List<OrganizationId>> organizations = organizations(ids);
			return jdbc.sql("select * from government_demand where id in (:ids)")
				.param("ids", ids)
				.query((rs, row) -> map(rs, organizations))
				.list()
				.stream()
				.collect(Collectors.toMap(GovernmentDemand::id, demand -> demand));
		});
	}

	private Map<UUID, List<OrganizationId>> organizations(List<UUID> demands) {
		Map<UUID, List<OrganizationId>> organizations = new HashMap<>();
		jdbc.sql("""
				select demand_id, organization_id from government_demand_organization
				where demand_id in (:ids) order by demand_id, organization_id""").param("ids", demands).query(rs -> {
			organizations.computeIfAbsent(rs.getObject("demand_id", UUID.class), key -> new ArrayList<>())
				.add(new OrganizationId(rs.getObject("organization_id", UUID.class)));
		});
		return organizations;
	}

	private static GovernmentDemand map(ResultSet rs, Map<UUID, List<OrganizationId>> organizations)
			throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID answeredBy = rs.getObject("answered_by", UUID.class);
		return new GovernmentDemand(id, rs.getString("authority"), DemandType.valueOf(rs.getString("demand_type")),
				rs.getObject("received_on", LocalDate.class), rs.getString("reference"), rs.getString("data_concerned"),
				organizations.getOrDefault(id, List.of()), Timestamps.read(rs, "registered_at"),
				new UserId(rs.getObject("registered_by", UUID.class)), rs.getString("withheld_reason"),
				rs.getString("legal_basis"), Timestamps.read(rs, "customers_told_at"),
				DemandStatus.valueOf(rs.getString("status")), rs.getString("answer"),
				rs.getObject("answered_on", LocalDate.class), Timestamps.read(rs, "answered_at"),
				answeredBy == null ? null : new UserId(answeredBy));
	}

}
