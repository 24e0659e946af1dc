package io.article28.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.RejectedException;
import io.article28.datastores.ColumnClassification;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.EmailMatch;
import io.article28.datastores.Engine;
import io.article28.datastores.QueuedDiscoveries;
import io.article28.datastores.ShopSchema;
import io.article28.datastores.TestStores;

/**
 * A search follows the data map from the identities to every table it reaches, on each
 * engine: the person's rows counted per table (an e-mail whatever its case and spaces, an
 * account id as a number, the audit log by its declared link), the person who referred
 * another never counted with them, an unknown person found nowhere, and the preview
 * masking the personal columns. The trail keeps counts, never the identities.
 */
@IntegrationTest
class PersonSearchIntegrationTests {

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@Autowired
	PersonSearch search;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aPersonIsFoundInEveryTableTheMapReachesAndOnlyThere(Engine engine) throws Exception {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, engine);
		DataStore store = shop.store();
		var owner = tenant.organization().id();
		String schema = shop.schema();
		dataMaps.declareSubject(owner, store.id(), schema, "customers", List.of("email", "id"));
		dataMaps.declareLink(owner, store.id(), new ColumnClassification.Ref(schema, "audit_log", "actor_email"),
				new ColumnClassification.Ref(schema, "customers", "email"));

		PersonSearchResult lea = search.search(owner,
				new PersonSearch.Query(List.of("  LEA.Moreau@EXAMPLE.fr "), null, null, true));
		assertThat(lea.found()).isTrue();
		assertThat(lea.stores()).singleElement()
			.satisfies(found -> assertThat(found.status()).isEqualTo(PersonSearchResult.Status.SEARCHED));
		assertThat(rows(lea, schema)).containsEntry("customers", 1L)
			.containsEntry("addresses", 1L)
			.containsEntry("orders", 1L)
			.containsEntry("order_lines", 1L)
			.containsEntry("shipments", 0L)
			.containsEntry("support_tickets", 1L)
			.containsEntry("audit_log", 1L)
			.doesNotContainKey("products");
		PersonSearchResult.Preview customer = table(lea, schema + ".customers").preview();
		int email = customer.columns().stream().map(String::toLowerCase).toList().indexOf("email");
		assertThat(customer.rows()).singleElement()
			.satisfies(row -> assertThat(row.get(email)).isEqualTo("l•••@e•••.fr"));
		assertThat(customer.rows().toString()).doesNotContain("lea.moreau", "Léa Moreau");

		PersonSearchResult hugo = search.search(owner, new PersonSearch.Query(List.of("2"), null, null, false));
		assertThat(rows(hugo, schema)).as("Hugo was referred by Léa: her row is not his")
			.containsEntry("customers", 1L)
			.containsEntry("orders", 1L);
		assertThat(table(hugo, schema + ".customers").preview()).isNull();

		PersonSearchResult nobody = search.search(owner,
				new PersonSearch.Query(List.of("nobody@example.org", "999"), null, null, true));
		assertThat(nobody.found()).isFalse();
		assertThat(nobody.rows()).isZero();

		dataMaps.declareSubject(owner, store.id(), schema, "customers", List.of("email", "id"), EmailMatch.EXACT);
		assertThat(
				rows(search.search(owner, new PersonSearch.Query(List.of("LEA.Moreau@EXAMPLE.fr"), null, null, false)),
						schema))
			.as("compared exactly: as the column's collation compares, which ignores case on MariaDB")
			.containsEntry("customers", engine == Engine.MARIADB ? 1L : 0L);
		assertThat(
				rows(search.search(owner, new PersonSearch.Query(List.of("lea.moreau@example.fr"), null, null, false)),
						schema))
			.containsEntry("customers", 1L)
			.containsEntry("audit_log", 1L);

		String detail = jdbc
			.sql("select detail from trail_entry where action = 'datarights.searched' and organization_id = :org"
					+ " order by sequence")
			.param("org", owner.value())
			.query(String.class)
			.list()
			.get(0);
		assertThat(detail).contains("\"rows\"", "\"stores\"").doesNotContainIgnoringCase("lea.moreau");
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aStoreNotDiscoveredYetSaysSoAndASearchTakesOneToTwentyIdentities(Engine engine) throws Exception {
		var tenant = tenants.create();
		var database = CustomerDatabases.create(engine);
		ShopSchema.create(database);
		stores.provision(tenant, database);
		var owner = tenant.organization().id();
		PersonSearchResult none = search.search(owner,
				new PersonSearch.Query(List.of("lea.moreau@example.fr"), null, null, false));
		assertThat(none.stores()).singleElement()
			.satisfies(found -> assertThat(found.status()).isEqualTo(PersonSearchResult.Status.NOT_DISCOVERED));

		assertThatThrownBy(() -> search.search(owner, new PersonSearch.Query(List.of(" ", ""), null, null, false)))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("identities"));
		assertThatThrownBy(() -> search.search(owner, new PersonSearch.Query(
				java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(String::valueOf).toList(), null, null, false)))
			.isInstanceOf(RejectedException.class);
		assertThat(PersonSearch
			.identities(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(String::valueOf).toList())).hasSize(20);
	}

	private static Map<String, Long> rows(PersonSearchResult result, String schema) {
		return result.stores()
			.get(0)
			.tables()
			.stream()
			.collect(Collectors.toMap(table -> table.table().substring(schema.length() + 1),
					PersonSearchResult.TableResult::rows));
	}

	private static PersonSearchResult.TableResult table(PersonSearchResult result, String table) {
		return result.stores().get(0).tables().stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow();
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

}
