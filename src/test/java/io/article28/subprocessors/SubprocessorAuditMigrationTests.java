package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The dates kept in the comma-separated column before audits had their own table move
 * into it, each date once, and the column goes.
 */
class SubprocessorAuditMigrationTests {

	@Test
	void theDatesOfTheOldColumnBecomeOneAuditEach() {
		var database = new SingleConnectionDataSource("jdbc:h2:mem:audit-migration-" + UUID.randomUUID(), "sa", "",
				true);
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target("1.13.0").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		UUID twice = UUID.randomUUID();
		UUID never = UUID.randomUUID();
		UUID once = UUID.randomUUID();
		insert(jdbc, twice, "Twice", "2024-01-31,2025-06-12");
		insert(jdbc, never, "Never", "");
		insert(jdbc, once, "Once", "2023-03-03");

		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

		assertThat(dates(jdbc, twice)).containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2025, 6, 12));
		assertThat(dates(jdbc, never)).isEmpty();
		assertThat(dates(jdbc, once)).containsExactly(LocalDate.of(2023, 3, 3));
		assertThat(jdbc.sql("""
				select count(*) from information_schema.columns
				where lower(table_name) = 'subprocessor' and lower(column_name) = 'audits'""")
			.query(Long.class)
			.single()).isZero();
		database.destroy();
	}

	private static void insert(JdbcClient jdbc, UUID id, String name, String audits) {
		jdbc.sql(
				"""
						insert into subprocessor (id, name, contact, purpose, legal_basis, data_categories, country, location,
						  transfer_safeguard, platform_regions, audits, created_at, status)
						values (:id, :name, 'c', 'p', 'l', 'd', 'FR', 'Paris', 'NONE', '', :audits, current_timestamp, 'ACTIVE')""")
			.param("id", id)
			.param("name", name)
			.param("audits", audits)
			.update();
	}

	private static List<LocalDate> dates(JdbcClient jdbc, UUID subprocessor) {
		return jdbc.sql("select audited_on from subprocessor_audit where subprocessor_id = :id order by audited_on")
			.param("id", subprocessor)
			.query(LocalDate.class)
			.list();
	}

}
