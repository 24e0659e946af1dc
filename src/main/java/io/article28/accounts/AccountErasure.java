package io.article28.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes what the accounts module holds of an organization and its members: sign-in
 * sessions, throttled sign-in attempts, API tokens, profile history, the people and the
 * organization itself.
 */
@Repository
class AccountErasure {

	private final JdbcClient jdbc;

	private final Sessions sessions;

	private final PasswordLinks passwordLinks;

	AccountErasure(JdbcClient jdbc, Sessions sessions, PasswordLinks passwordLinks) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.passwordLinks = passwordLinks;
	}

	List<UserId> members(OrganizationId organization) {
		return jdbc.sql("select id from app_user where organization_id = :organization order by created_at")
			.param("organization", organization.value())
			.query((rs, row) -> new UserId(rs.getObject("id", UUID.class)))
			.list();
	}

	void erase(OrganizationId organization, List<UserId> members) {
		if (!members.isEmpty()) {
			List<UUID> ids = members.stream().map(UserId::value).toList();
			List<String> emails = jdbc.sql("select email from app_user where id in (:ids)")
				.param("ids", ids)
				.query(String.class)
				.list();
			sessions.endAll(emails);
			passwordLinks.deleteOf(ids);
			jdbc.sql("delete from login_failure where email_digest in (:digests)")
				.param("digests", emails.stream().map(LoginThrottle::key).toList())
				.update();
			jdbc.sql("delete from api_token where user_id in (:ids)").param("ids", ids).update();
			jdbc.sql("delete from profile_change where user_id in (:ids) or changed_by in (:ids)")
				.param("ids", ids)
				.update();
			jdbc.sql("delete from app_user where id in (:ids)").param("ids", ids).update();
		}
		jdbc.sql("delete from organization where id = :id").param("id", organization.value()).update();
		forgetEvents(organization, members);
	}

	/**
	 * The event publication registry keeps events, with the ids they carry, for a while
	 * after their listeners ran: those naming the organization or its members go now.
	 */
	private void forgetEvents(OrganizationId organization, List<UserId> members) {
		List<String> ids = new ArrayList<>();
		ids.add(organization.value().toString());
		members.forEach(member -> ids.add(member.value().toString()));
		for (String id : ids) {
			jdbc.sql("delete from event_publication where serialized_event like :pattern")
				.param("pattern", "%" + id + "%")
				.update();
		}
	}

}
