package io.article28.datastores;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import io.article28.IntegrationTest;

/**
 * Every engine's catalog gives the same shop: its tables and view, columns with type and
 * nullability, primary keys (composite too), foreign keys (composite, self-referencing),
 * unique and plain indexes; the system schemas stay out.
 */
@IntegrationTest
class CatalogIntegrationTests {

	@Autowired
	List<Dialect> dialects;

	@Autowired
	HostAllowList allowList;

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void theCatalogDescribesTheShop(Engine engine) throws Exception {
		var database = CustomerDatabases.create(engine);
		ShopSchema.create(database);
		String schema = ShopSchema.schemaOf(database);

		Catalog catalog = read(database);

		assertThat(catalog.tables()).allSatisfy(table -> assertThat(table.schema()).isEqualTo(schema));
		assertThat(catalog.tables()).extracting(Catalog.Table::name).containsExactlyElementsOf(ShopSchema.TABLES);
		Catalog.Table customers = table(catalog, "customers");
		assertThat(customers.kind()).isEqualTo(Catalog.Kind.TABLE);
		assertThat(customers.primaryKey()).containsExactly("id");
		assertThat(customers.columns()).extracting(Catalog.Column::name)
			.containsExactly("id", "email", "full_name", "phone", "birth_date", "referred_by", "created_at");
		Catalog.Column email = customers.columns().get(1);
		assertThat(email.nullable()).isFalse();
		assertThat(email.maxLength()).isEqualTo(200);
		assertThat(email.type()).containsIgnoringCase("char");
		assertThat(customers.columns().get(2).nullable()).isTrue();
		assertThat(customers.foreignKeys()).singleElement().satisfies(self -> {
			assertThat(self.columns()).containsExactly("referred_by");
			assertThat(self.referencedTable()).isEqualTo("customers");
			assertThat(self.referencedColumns()).containsExactly("id");
		});
		assertThat(customers.indexes()).anySatisfy(index -> {
			assertThat(index.unique()).isTrue();
			assertThat(index.columns()).containsExactly("email");
		});

		assertThat(table(catalog, "order_lines").primaryKey()).containsExactly("order_id", "line_no");
		assertThat(table(catalog, "shipments").foreignKeys()).singleElement().satisfies(composite -> {
			assertThat(composite.columns()).containsExactly("order_id", "line_no");
			assertThat(composite.referencedSchema()).isEqualTo(schema);
			assertThat(composite.referencedTable()).isEqualTo("order_lines");
			assertThat(composite.referencedColumns()).containsExactly("order_id", "line_no");
		});
		assertThat(table(catalog, "orders").indexes()).anySatisfy(index -> {
			assertThat(index.unique()).isFalse();
			assertThat(index.columns()).containsExactly("customer_id");
		});
		assertThat(table(catalog, "audit_log").foreignKeys()).isEmpty();
		assertThat(table(catalog, "customer_emails").kind()).isEqualTo(Catalog.Kind.VIEW);
		assertThat(catalog.columnCount()).isEqualTo(36);
	}

	@AfterAll
	static void dropTheDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	private Catalog read(CustomerDatabases.Database database) throws SQLException {
		StoreConnector connector = new StoreConnector(dialects, allowList,
				new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30)));
		Dialect dialect = dialects.stream().filter(d -> d.engine() == database.engine()).findFirst().orElseThrow();
		Catalog.Builder builder = new Catalog.Builder();
		try (Connection connection = connector.open(database.definition("Shop"), CustomerDatabases.PASSWORD)) {
			dialect.readCatalog(connection, builder);
		}
		return builder.build();
	}

	private static Catalog.Table table(Catalog catalog, String name) {
		return catalog.tables().stream().filter(table -> table.name().equals(name)).findFirst().orElseThrow();
	}

}
