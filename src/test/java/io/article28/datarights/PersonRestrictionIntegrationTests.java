package io.article28.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.article28.IntegrationTest;
import io.article28.Tenants;
import io.article28.core.RejectedException;
import io.article28.datarights.ErasurePlan.StepKind;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.Engine;
import io.article28.datastores.QueuedDiscoveries;
import io.article28.datastores.RestrictionColumn;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;

/**
 * A restriction of processing (GDPR art. 18) on each engine: the plan sets the
 * restriction columns the map names (a timestamp to the moment, a flag to true) on the
 * person's rows only, lists the tables without one as left as they are, and changes
 * nothing else; a map that names none has no restriction to offer; a column of another
 * type cannot be one.
 */
@IntegrationTest
class PersonRestrictionIntegrationTests {

	private static final String NADIA = "nadia.haddad@example.com";

	@Autowired
	Tenants tenants;

	@Autowired
	TestStores stores;

	@Autowired
	DataMapManagement dataMaps;

	@Autowired
	PlatformManagement platform;

	@Autowired
	PersonErasures erasures;

	@Autowired
	Suppressions suppressions;

	@Autowired
	Requesters requesters;

	@Autowired
	ApplicationContext context;

	@AfterAll
	static void dropDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void theConfirmedPlanMarksThePersonsRowsRestrictedAndNothingElse(Engine engine) throws Exception {
		var tenant = tenants.create();
		var owner = tenant.organization().id();
		TestStores.Shop shop = stores.shop(tenant, engine);
		shop.database().execute("alter table customers add column restricted_at timestamp null");
		shop.database().execute("alter table orders add column processing_restricted boolean");
		dataMaps.requestDiscovery(owner, shop.store().id());
		QueuedDiscoveries.run(context);
		dataMaps.declareSubject(owner, shop.store().id(), shop.schema(), "customers", List.of("email"));
		assertThat(dataMaps.setRestrictionColumn(owner, shop.store().id(), shop.schema(), "customers", "restricted_at")
			.kind()).isEqualTo(RestrictionColumn.Kind.MOMENT);
		assertThat(dataMaps
			.setRestrictionColumn(owner, shop.store().id(), shop.schema(), "orders", "processing_restricted")
			.kind()).isEqualTo(RestrictionColumn.Kind.FLAG);
		assertThatThrownBy(
				() -> dataMaps.setRestrictionColumn(owner, shop.store().id(), shop.schema(), "addresses", "city"))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("a boolean, a timestamp or a date");
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		var request = requesters.restriction(app, NADIA).id();

		assertThatThrownBy(() -> erasures.plan(owner, request, ErasurePlan.Kind.ERASURE, null))
			.isInstanceOf(RejectedException.class);
		ErasurePlan plan = erasures.plan(owner, request, ErasurePlan.Kind.RESTRICTION, null);

		assertThat(plan.kind()).isEqualTo(ErasurePlan.Kind.RESTRICTION);
		assertThat(plan.blocked()).isFalse();
		assertThat(plan.stores().get(0).steps()).extracting(ErasurePlan.Step::kind)
			.containsOnly(StepKind.RESTRICT)
			.hasSize(2);
		assertThat(plan.rows()).isEqualTo(2);
		assertThat(plan.stores().get(0).kept()).extracting(ErasurePlan.Kept::table)
			.contains(shop.schema() + ".addresses", shop.schema() + ".order_lines");

		erasures.confirm(owner, request, plan.id(), app, plan.digest(), null);
		QueuedErasures.run(context);

		assertThat(erasures.get(owner, request, plan.id()).status()).isEqualTo(ErasurePlan.Status.COMPLETED);
		assertThat(shop.database().count("select count(*) from customers where restricted_at is not null"))
			.isEqualTo(1);
		assertThat(shop.database()
			.count("select count(*) from customers where restricted_at is not null and email = '" + NADIA + "'"))
			.isEqualTo(1);
		assertThat(shop.database().count("select count(*) from orders where processing_restricted = true"))
			.isEqualTo(1);
		assertThat(shop.database().count("select count(*) from customers")).isEqualTo(6);
		assertThat(suppressions.listed(owner, shop.store().appId())).isZero();
		// restricted already: a new plan has nothing left to do
		var again = requesters.restriction(app, NADIA).id();
		assertThat(erasures.plan(owner, again, ErasurePlan.Kind.RESTRICTION, null).rows()).isZero();
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aMapWithoutARestrictionColumnHasNoRestrictionToOffer(Engine engine) throws Exception {
		var tenant = tenants.create();
		var owner = tenant.organization().id();
		TestStores.Shop shop = stores.shop(tenant, engine);
		dataMaps.declareSubject(owner, shop.store().id(), shop.schema(), "customers", List.of("email"));
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		var request = requesters.restriction(app, NADIA).id();

		ErasurePlan plan = erasures.plan(owner, request, ErasurePlan.Kind.RESTRICTION, null);

		assertThat(plan.blocked()).isTrue();
		assertThat(plan.stores().get(0).blockers())
			.anySatisfy(blocker -> assertThat(blocker).contains("names no restriction column"));
	}

}
