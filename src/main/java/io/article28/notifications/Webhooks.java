package io.article28.notifications;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.core.Timestamps;

/** The organizations' webhooks. */
@Repository
class Webhooks {

	private final JdbcClient jdbc;

	Webhooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(UUID organization, URI url, String secret, Instant now) {
		int updated = jdbc
			.sql("update webhook set url = :url, secret = :secret, updated_at = :now where organization_id = :org")
			.param("url", url.toString())
			.param("secret", secret)
			.param("now", Timestamps.of(now))
			.param("org", organization)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"insert into webhook (organization_id, url, secret, updated_at) values (:org, :url, :secret, :now)")
				.param("url", url.toString())
				.param("secret", secret)
				.param("now", Timestamps.of(now))
				.param("org", organization)
				.update();
		}
	}

	Optional<Webhook> find(UUID organization) {
		return jdbc.sql("select * from webhook where organization_id = :org")
			.param("org", organization)
			.query((rs, row) -> new Webhook(rs.getObject("organization_id", UUID.class),
					URI.create(rs.getString("url")), rs.getString("secret"), Timestamps.read(rs, "updated_at")))
			.optional();
	}

	/** Which of the organizations have a webhook. */
	Set<UUID> configured(Collection<UUID> organizations) {
		if (organizations.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select organization_id from webhook where organization_id in (:orgs)")
			.param("orgs", Set.copyOf(organizations))
			.query(UUID.class)
			.list());
	}

	boolean delete(UUID organization) {
		return jdbc.sql("delete from webhook where organization_id = :org").param("org", organization).update() == 1;
	}

}
