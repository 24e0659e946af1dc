package io.article28.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.RejectedException;
import io.article28.datarights.ErasurePlan.StepKind;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.Engine;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;

/**
 * A rectification (GDPR art. 16) on each engine: the plan sets the new values on the
 * person's rows only and keeps no value, only their keyed digest; it runs once confirmed
 * with the app's name, its digest and the same values, never with others; keys and
 * identity columns are not rectified here.
 */
@IntegrationTest
class PersonRectificationIntegrationTests {

	private static final String LEA = "lea.moreau@example.fr";

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@Autowired
	PlatformManagement platform;

	@Autowired
	PersonRectifications rectifications;

	@Autowired
	PersonErasures erasures;

	@Autowired
	Requesters requesters;

	@Autowired
	JdbcClient jdbc;

	@AfterAll
	static void dropDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void theConfirmedValuesAreSetOnThePersonsRowsAndNowhereElse(Engine engine) throws Exception {
		var tenant = tenants.create();
		var owner = tenant.organization().id();
		TestStores.Shop shop = stores.shop(tenant, engine);
		String customers = shop.schema() + ".customers";
		dataMaps.declareSubject(owner, shop.store().id(), shop.schema(), "customers", List.of("email"));
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		var request = requesters.rectification(app, LEA).id();
		List<Rectification> changes = List.of(new Rectification(customers, "full_name", "Léa Moreau-Dupont"),
				new Rectification(shop.schema() + ".addresses", "city", "Lyon"));

		ErasurePlan plan = rectifications.plan(owner, request, changes, null);

		assertThat(plan.kind()).isEqualTo(ErasurePlan.Kind.RECTIFICATION);
		assertThat(plan.blocked()).isFalse();
		assertThat(plan.stores().get(0).steps()).extracting(ErasurePlan.Step::kind)
			.containsOnly(StepKind.RECTIFY)
			.hasSize(2);
		assertThat(jdbc.sql("select stores from erasure_plan where id = :id")
			.param("id", plan.id())
			.query(String.class)
			.single()).doesNotContain("Dupont").doesNotContain("Lyon");
		assertThatThrownBy(() -> rectifications.rectify(owner, request, plan.id(), app, plan.digest(),
				List.of(new Rectification(customers, "full_name", "Someone Else"),
						new Rectification(shop.schema() + ".addresses", "city", "Lyon")),
				null))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("not the new values");
		assertThatThrownBy(
				() -> rectifications.rectify(owner, request, plan.id(), "not-the-app", plan.digest(), changes, null))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> erasures.confirm(owner, request, plan.id(), app, plan.digest(), null))
			.isInstanceOf(RejectedException.class);

		PersonErasures.Confirmation done = rectifications.rectify(owner, request, plan.id(), app, plan.digest(),
				changes, null);

		assertThat(done.confirmed()).isTrue();
		assertThat(done.plan().status()).isEqualTo(ErasurePlan.Status.COMPLETED);
		assertThat(shop.database().text("select full_name from customers where id = 1")).isEqualTo("Léa Moreau-Dupont");
		assertThat(shop.database().text("select city from addresses where customer_id = 1")).isEqualTo("Lyon");
		assertThat(shop.database().count("select count(*) from addresses where city = 'Lyon'")).isEqualTo(1);
		assertThat(shop.database().text("select full_name from customers where id = 2")).isEqualTo("Hugo Bernard");
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void keysIdentitiesAndTablesTheMapDoesNotReachAreNotRectifiedHere(Engine engine) throws Exception {
		var tenant = tenants.create();
		var owner = tenant.organization().id();
		TestStores.Shop shop = stores.shop(tenant, engine);
		String customers = shop.schema() + ".customers";
		dataMaps.declareSubject(owner, shop.store().id(), shop.schema(), "customers", List.of("email"));
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		var request = requesters.rectification(app, LEA).id();

		ErasurePlan plan = rectifications.plan(owner, request,
				List.of(new Rectification(customers, "email", "lea@example.net"),
						new Rectification(shop.schema() + ".orders", "customer_id", "2"),
						new Rectification(shop.schema() + ".products", "title", "x")),
				null);

		assertThat(plan.stores().get(0).blockers()).hasSize(3)
			.anySatisfy(blocker -> assertThat(blocker).contains("email").contains("finds the person"))
			.anySatisfy(blocker -> assertThat(blocker).contains("customer_id").contains("links rows"))
			.anySatisfy(blocker -> assertThat(blocker).contains("products").contains("not a table the data map"));
		assertThat(plan.stores().get(0).blockers()).noneSatisfy(blocker -> assertThat(blocker).contains("lea@"));
	}

}
