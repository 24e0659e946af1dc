package io.article28.datarights;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Timestamps;
import io.article28.datastores.Pseudonyms;

/**
 * The apps' suppression lists: the erased people's identities as the organization's keyed
 * digests of the identity trimmed and lower-cased, the form a store's session computes
 * from a column to find them again. Never an identity in clear.
 */
@Repository
class SuppressionList {

	private final JdbcClient jdbc;

	private final Pseudonyms pseudonyms;

	SuppressionList(JdbcClient jdbc, Pseudonyms pseudonyms) {
		this.jdbc = jdbc;
		this.pseudonyms = pseudonyms;
	}

	/** The digest an identity is listed under. */
	String digest(OrganizationId owner, String identity) {
		return pseudonyms.of(owner, identity.strip().toLowerCase(Locale.ROOT));
	}

	/** Lists the identities erased by the plan; how many were not listed yet. */
	int add(OrganizationId owner, UUID app, List<String> identities, UUID request, UUID plan, Instant now) {
		int added = 0;
		for (String identity : identities) {
			added += jdbc.sql("""
					insert into suppression_entry (app_id, digest, organization_id, request_id, plan_id, recorded_at)
					select :app, :digest, :org, :request, :plan, :now
					where not exists (select 1 from suppression_entry where app_id = :app and digest = :digest)""")
				.param("app", app)
				.param("digest", digest(owner, identity))
				.param("org", owner.value())
				.param("request", request)
				.param("plan", plan)
				.param("now", Timestamps.of(now))
				.update();
		}
		return added;
	}

	long count(UUID app) {
		return jdbc.sql("select count(*) from suppression_entry where app_id = :app")
			.param("app", app)
			.query(Long.class)
			.single();
	}

	/** The app's digests after the given one (null: from the first), in order. */
	List<String> digests(UUID app, String after, int limit) {
		return jdbc.sql("""
				select digest from suppression_entry where app_id = :app and digest > :after
				order by digest limit :limit""")
			.param("app", app)
			.param("after", after == null ? "" : after)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	void deleteOf(OrganizationId organization) {
		jdbc.sql("delete from suppression_entry where organization_id = :org")
			.param("org", organization.value())
			.update();
	}

}
