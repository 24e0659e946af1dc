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

	/** Which requests a list shows: by status, and only the late ones. */
	record Filter(RequestStatus status, boolean overdueOnly, LocalDate today) {
	}

	private final JdbcClient jdbc;

	RightsRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RightsRequest request) {
		jdbc.sql("""
				insert into rights_request (id, app_id, app_name, organization_id, request_right, requester_email,
				  details, status, submitted_at, confirmation_digest, confirmation_expires_at)
				values (:id, :appId, :appName, :organization, :right, :email, :details, :status, :submittedAt,
				  :confirmation, :expiresAt)""")
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
			.update();
	}

	void update(RightsRequest request) {
		jdbc.sql("""
				update rights_request set status = :status, confirmation_digest = :confirmation,
				  status_digest = :statusDigest,
				  received_at = :receivedAt, due_on = :dueOn, acknowledged_at = :acknowledgedAt,
				  acknowledged_by = :acknowledgedBy
				where id = :id""")
			.param("status", request.status().name())
			.param("confirmation", request.confirmationDigest())
			.param("statusDigest", request.statusDigest())
			.param("receivedAt", Timestamps.of(request.receivedAt().orElse(null)))
			.param("dueOn", request.dueOn().orElse(null))
			.param("acknowledgedAt", Timestamps.of(request.acknowledgedAt().orElse(null)))
			.param("acknowledgedBy", request.acknowledgedBy().map(UserId::value).orElse(null))
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
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		conditions.add(organization == null ? "organization_id is null" : "organization_id = :organization");
		if (organization != null) {
			params.put("organization", organization.value());
		}
		conditions.add("status <> 'UNCONFIRMED'");
		if (filter.status() != null) {
			conditions.add("status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.overdueOnly()) {
			conditions.add("status in ('RECEIVED', 'ACKNOWLEDGED') and due_on < :today");
			params.put("today", filter.today());
		}
		String where = " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from rights_request" + where).params(params).query(Long.class).single();
		List<RightsRequest> items = jdbc
			.sql("select * from rights_request" + where
					+ " order by due_on, received_at, id limit :limit offset :offset")
			.params(params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(RightsRequests::map)
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	private static RightsRequest map(ResultSet rs, int row) throws SQLException {
		UUID app = rs.getObject("app_id", UUID.class);
		UUID organization = rs.getObject("organization_id", UUID.class);
		UUID acknowledgedBy = rs.getObject("acknowledged_by", UUID.class);
		return new RightsRequest(rs.getObject("id", UUID.class), app == null ? null : new AppId(app),
				rs.getString("app_name"), organization == null ? null : new OrganizationId(organization),
				RequestRight.valueOf(rs.getString("request_right")), new EmailAddress(rs.getString("requester_email")),
				rs.getString("details"), RequestStatus.valueOf(rs.getString("status")),
				Timestamps.read(rs, "submitted_at"), rs.getString("confirmation_digest"),
				Timestamps.read(rs, "confirmation_expires_at"), rs.getString("status_digest"),
				Timestamps.read(rs, "received_at"), rs.getObject("due_on", LocalDate.class),
				Timestamps.read(rs, "acknowledged_at"), acknowledgedBy == null ? null : new UserId(acknowledgedBy));
	}

}
