package io.article28.exports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Timestamps;

@Repository
class AccountDeletions {

	private final JdbcClient jdbc;

	AccountDeletions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AccountDeletion deletion) {
		jdbc.sql("""
				insert into account_deletion (id, organization_id, requested_by, requested_at, purge_after, status)
				values (:id, :organization, :requestedBy, :requestedAt, :purgeAfter, :status)""")
			.param("id", deletion.id())
			.param("organization", deletion.organizationId().value())
			.param("requestedBy", deletion.requestedBy().map(UserId::value).orElse(null))
			.param("requestedAt", Timestamps.of(deletion.requestedAt()))
			.param("purgeAfter", Timestamps.of(deletion.purgeAfter()))
			.param("status", deletion.status().name())
			.update();
	}

	void update(AccountDeletion deletion) {
		jdbc.sql("""
				update account_deletion set requested_by = :requestedBy, status = :status, closed_by = :closedBy,
				  closed_at = :closedAt
				where id = :id""")
			.param("requestedBy", deletion.requestedBy().map(UserId::value).orElse(null))
			.param("status", deletion.status().name())
			.param("closedBy", deletion.closedBy().map(UserId::value).orElse(null))
			.param("closedAt", Timestamps.of(deletion.closedAt().orElse(null)))
			.param("id", deletion.id())
			.update();
	}

	/** The scheduled deletion of the organization, locked until the transaction ends. */
	Optional<AccountDeletion> scheduled(OrganizationId organization) {
		return jdbc.sql("""
				select * from account_deletion where organization_id = :organization and status = 'SCHEDULED'
				for update""").param("organization", organization.value()).query(AccountDeletions::map).optional();
	}

	List<AccountDeletion> latest(OrganizationId organization, int limit) {
		return jdbc.sql("""
				select * from account_deletion where organization_id = :organization
				order by requested_at desc limit :limit""")
			.param("organization", organization.value())
			.param("limit", limit)
			.query(AccountDeletions::map)
			.list();
	}

	List<OrganizationId> due(Instant now, int limit) {
		return jdbc.sql("""
				select organization_id from account_deletion where status = 'SCHEDULED' and purge_after <= :now
				order by purge_after limit :limit""")
			.param("now", Timestamps.of(now))
			.param("limit", limit)
			.query((rs, row) -> new OrganizationId(rs.getObject("organization_id", UUID.class)))
			.list();
	}

	/** Forgets who asked for or cancelled the organization's earlier deletions. */
	void forgetPeople(OrganizationId organization) {
		jdbc.sql(
				"update account_deletion set requested_by = null, closed_by = null where organization_id = :organization")
			.param("organization", organization.value())
			.update();
	}

	private static AccountDeletion map(ResultSet rs, int row) throws SQLException {
		return new AccountDeletion(rs.getObject("id", UUID.class),
				new OrganizationId(rs.getObject("organization_id", UUID.class)), user(rs, "requested_by"),
				Timestamps.read(rs, "requested_at"), Timestamps.read(rs, "purge_after"),
				AccountDeletion.Status.valueOf(rs.getString("status")), user(rs, "closed_by"),
				Timestamps.read(rs, "closed_at"));
	}

	private static UserId user(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new UserId(id);
	}

}
