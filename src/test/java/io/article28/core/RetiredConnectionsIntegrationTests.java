package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.article28.TestDatabase;

/**
 * The schema keeps working once the connections that created it are gone. H2 2.4.240 tied
 * a CHECK constraint to the session that created it: after the pool retired the
 * connection the migrations ran on (at the end of its lifetime, 30 minutes by default),
 * every write to a table with a CHECK constraint failed. This test runs the application
 * on a database of its own, so that its own pool ran the migrations, with the shortest
 * lifetime the pool accepts; it retires every connection at once the way the pool does
 * when a lifetime ends (soft eviction, so as not to wait for it), waits until none of the
 * sessions open at start is left, then writes a row to every table that has a CHECK
 * constraint.
 */
@SpringBootTest(properties = { "spring.datasource.url=${" + TestDatabase.FRESH_URL + "}",
		"spring.datasource.hikari.max-lifetime=30000", "article28.demo=true",
		"article28.admin.password=initial-admin-secret", "db-scheduler.enabled=false",
		"article28.data-dir=target/test-data" })
class RetiredConnectionsIntegrationTests {

	/**
	 * One valid write per table with a CHECK constraint, each giving every checked column
	 * a value; the demo data provides the organization, its member, a staff member, an
	 * app, a DPA version and a sub-processor. Parents a row needs are written first.
	 */
	private static final Map<String, List<String>> WRITES = new TreeMap<>();

	static {
		writes("account_deletion", """
				insert into account_deletion (id, organization_id, requested_at, purge_after, status)
				values (:id, :org, :now, :now, 'SCHEDULED')""");
		writes("account_export", """
				insert into account_export (id, organization_id, parts, status, requested_by, requested_at,
				  rows_total, rows_written)
				values (:id, :org, 'ALL', 'QUEUED', :member, :now, 0, 0)""");
		writes("app_backup", """
				insert into app_backup (app_id, backup_id, organization_id, taken_at, size_bytes, download_url,
				  recorded_at)
				values (:app, 'retired-connections', :org, :now, 1, 'https://backups.example/1', :now)""");
		writes("app_user", """
				insert into app_user (id, email, name, password_hash, staff, can_export, created_at)
				values (:id, 'retired-connections@nimbus.example', 'Staff', 'x', true, false, :now)""");
		writes("staff_grant", """
				insert into staff_grant (user_id, role) values (:staff, 'SUPPORT')""");
		writes("password_link", """
				insert into password_link (id, user_id, purpose, token_digest, created_at, expires_at)
				values (:id, :member, 'RESET', 'retired-connections', :now, :now)""");
		writes("audit_fee_quote", Writes.AUDIT_REQUEST, """
				insert into audit_fee_quote (id, request_id, proposed_at, proposed_by, assistance, amount_cents,
				  currency, status)
				values (:other, :id, :now, :staff, 'Two days', 100, 'EUR', 'PROPOSED')""");
		writes("audit_request", Writes.AUDIT_REQUEST);
		writes("breach_notification", Writes.INCIDENT, """
				insert into breach_notification (id, incident_id, kind, requested_at, requested_by, status, told)
				values (:other, :id, 'NOTICE', :now, :staff, 'QUEUED', 0)""");
		writes("dpa_upload", """
				insert into dpa_upload (id, organization_id, version_id, uploaded_by, uploaded_at, filename, pdf,
				  sha256, status)
				values (:id, :org, :dpa, :member, :now, 'dpa.pdf', :bytes, :sha, 'PENDING')""");
		writes("dpa_version", """
				insert into dpa_version (id, title, published_at, template, sub_processing, objection_grounds,
				  audits_per_year, audit_notice_weeks, return_period_days, trail_retention_months, governing_law)
				values ('retired-connections', 'DPA', :now, 'text', 'OBJECTION_WINDOW', 'any', 1, 4, 30, 12,
				  'France')""");
		writes("government_demand", """
				insert into government_demand (id, authority, demand_type, received_on, data_concerned,
				  registered_at, registered_by, customers_told_at, status)
				values (:id, 'A court', 'ORDER', :today, 'Logs', :now, :staff, :now, 'RECEIVED')""");
		writes("invoice", """
				insert into invoice (number, organization_id, amount_cents, currency, due_date, status, updated_at)
				values ('RETIRED-1', :org, 100, 'EUR', :today, 'UNPAID', :now)""");
		writes("notification", """
				insert into notification (id, idempotency_key, channel, kind, status, attempts, created_at)
				values (:id, 'retired-connections', 'EMAIL', 'TEST', 'PENDING', 0, :now)""");
		writes("provider_profile", "update provider_profile set id = 1 where id = 1");
		writes("request_message", Writes.RIGHTS_REQUEST, """
				insert into request_message (id, request_id, author, body, created_at)
				values (:other, :id, 'REQUESTER', 'Hello', :now)""");
		writes("rights_request", Writes.RIGHTS_REQUEST);
		writes("subprocessor", """
				insert into subprocessor (id, name, contact, purpose, legal_basis, data_categories, country,
				  location, transfer_safeguard, platform_regions, created_at, status)
				values (:id, 'Retired connections', 'contact', 'purpose', 'contract', 'logs', 'FR', 'Paris',
				  'NONE', 'eu-west', :now, 'PLANNED')""");
		writes("subprocessor_audit_confirmation", """
				insert into subprocessor_audit_confirmation (id, organization_id, subprocessor_id, requested_at,
				  requested_by, status)
				values (:id, :org, :subprocessor, :now, :member, 'OPEN')""");
		writes("subprocessor_change", Writes.SUBPROCESSOR_CHANGE);
		writes("subprocessor_change_notice", Writes.SUBPROCESSOR_CHANGE, """
				insert into subprocessor_change_notice (change_id, organization_id, dpa_version, regime,
				  notified_at, answer, decision)
				values (:id, :org, :dpa, 'OBJECTION_WINDOW', :now, 'OBJECTED', 'UPHELD')""");
		writes("trail_head", "update trail_head set sequence = sequence where id = 1");
	}

	private static void writes(String table, String... statements) {
		WRITES.put(table, List.of(statements));
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void everyTableWithACheckConstraintTakesWritesAfterTheConnectionsThatCreatedItAreRetired() throws SQLException {
		assertThat(WRITES.keySet()).as("a write for every table with a CHECK constraint")
			.containsExactlyInAnyOrderElementsOf(tablesWithCheckConstraints());
		Set<String> sessionsAtStart = sessions();
		dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			Set<String> left = new HashSet<>(sessions());
			left.retainAll(sessionsAtStart);
			return left.isEmpty();
		});
		Map<String, Object> parameters = parameters();
		SoftAssertions.assertSoftly(softly -> WRITES
			.forEach((table, statements) -> softly.assertThatCode(() -> transactions.executeWithoutResult(status -> {
				statements
					.forEach(statement -> assertThat(jdbc.sql(statement).params(parameters).update()).as(statement)
						.isEqualTo(1));
				status.setRollbackOnly();
			})).as(table).doesNotThrowAnyException()));
	}

	private Set<String> tablesWithCheckConstraints() {
		return new HashSet<>(jdbc.sql("""
				select distinct lower(table_name) from information_schema.table_constraints
				where constraint_type = 'CHECK' and table_schema = current_schema
				  and lower(constraint_name) not like '%not_null'""").query(String.class).list());
	}

	/** The database's sessions on this database, by their server-side id. */
	private Set<String> sessions() {
		String sql = postgres() ? "select cast(pid as varchar) from pg_stat_activity where datname = current_database()"
				: "select cast(session_id as varchar) from information_schema.sessions";
		return new HashSet<>(jdbc.sql(sql).query(String.class).list());
	}

	private boolean postgres() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Object> parameters() {
		Map<String, Object> app = jdbc.sql("select id, organization_id from hosted_app order by name")
			.query()
			.listOfRows()
			.get(0);
		Object org = app.get("organization_id");
		return Map.ofEntries(Map.entry("id", UUID.randomUUID()), Map.entry("other", UUID.randomUUID()),
				Map.entry("now", Timestamps.of(clock.instant())), Map.entry("today", LocalDate.now(clock)),
				Map.entry("org", org), Map.entry("app", app.get("id")),
				Map.entry("member",
						jdbc.sql("select id from app_user where organization_id = :org order by email")
							.param("org", org)
							.query(UUID.class)
							.list()
							.get(0)),
				Map.entry("staff",
						jdbc.sql("select id from app_user where staff order by email").query(UUID.class).list().get(0)),
				Map.entry("dpa", jdbc.sql("select id from dpa_version order by id").query(String.class).list().get(0)),
				Map.entry("subprocessor",
						jdbc.sql("select id from subprocessor order by name").query(UUID.class).list().get(0)),
				Map.entry("bytes", new byte[] { 1 }), Map.entry("sha", "0".repeat(64)));
	}

	/** Rows that other rows need first. */
	private static final class Writes {

		static final String AUDIT_REQUEST = """
				insert into audit_request (id, organization_id, submitted_at, submitted_by, scope, proposed_start,
				  duration_days, auditor_kind, confidentiality_signed, status)
				values (:id, :org, :now, :member, 'Hosting', :today, 2, 'SELF', true, 'SUBMITTED')""";

		static final String INCIDENT = """
				insert into incident (id, title, description, severity, status, detected_at, aware_at, declared_at,
				  declared_by)
				values (:id, 'Outage', 'Disk failure', 'LOW', 'OPEN', :now, :now, :now, :staff)""";

		static final String RIGHTS_REQUEST = """
				insert into rights_request (id, request_right, requester_email, details, status, submitted_at,
				  confirmation_expires_at, outcome)
				values (:id, 'ACCESS', 'someone@example.org', 'My data', 'CLOSED', :now, :now, 'FULFILLED')""";

		static final String SUBPROCESSOR_CHANGE = """
				insert into subprocessor_change (id, change_type, summary, effective_on, announced_at,
				  notified_organizations)
				values (:id, 'ADD', 'A new one', :today, :now, 0)""";

		private Writes() {
		}

	}

}
