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
import io.article28.datastores.ColumnClassification;
import io.article28.datastores.CustomerDatabases;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.Engine;
import io.article28.datastores.ErasureRule;
import io.article28.datastores.QueuedDiscoveries;
import io.article28.datastores.TestStores;
import io.article28.platform.PlatformManagement;
import io.article28.trail.TrailManagement;

/**
 * An erasure on each engine: the plan shows the statements in the order the foreign keys
 * need (the links of people referred by the person cut first, children before parents)
 * with their rows; it runs only once confirmed with the app's name and its digest, in one
 * transaction that leaves every other person as they were; a plan whose rows changed is
 * replaced, never run; a statement that fails rolls the whole store back; and what the
 * database would refuse or cascade to blocks the plan.
 */
@IntegrationTest
class PersonErasureIntegrationTests {

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
	PersonErasures erasures;

	@Autowired
	PersonErasureJob job;

	@Autowired
	Requesters requesters;

	@Autowired
	TrailManagement trail;

	@Autowired
	Suppressions suppressions;

	@Autowired
	io.article28.datastores.Pseudonyms pseudonyms;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@AfterAll
	static void dropDatabases() throws SQLException {
		CustomerDatabases.dropAll();
	}

	/** A shop with its subject and the audit log's link declared, and Léa's request. */
	private record Erasure(Tenants.Tenant tenant, TestStores.Shop shop, String app, java.util.UUID request) {

		io.article28.accounts.OrganizationId owner() {
			return tenant.organization().id();
		}

		long count(String sql) throws SQLException {
			return shop.database().count(sql);
		}

		String text(String sql) throws SQLException {
			return shop.database().text(sql);
		}

		void execute(String sql) throws SQLException {
			shop.database().execute(sql);
		}

	}

	private Erasure erasure(Engine engine) throws SQLException {
		var tenant = tenants.create();
		TestStores.Shop shop = stores.shop(tenant, engine);
		var owner = tenant.organization().id();
		dataMaps.declareSubject(owner, shop.store().id(), shop.schema(), "customers", List.of("email"));
		dataMaps.declareLink(owner, shop.store().id(),
				new ColumnClassification.Ref(shop.schema(), "audit_log", "actor_email"),
				new ColumnClassification.Ref(shop.schema(), "customers", "email"));
		String app = platform.app(shop.store().appId()).orElseThrow().name();
		return new Erasure(tenant, shop, app, requesters.erasure(app, LEA).id());
	}

	private String table(Erasure erasure, String name) {
		return erasure.shop().schema() + "." + name;
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void theConfirmedPlanErasesThePersonInOneTransactionAndLeavesEveryoneElse(Engine engine) throws Exception {
		Erasure erasure = erasure(engine);
		dataMaps.setErasureRule(erasure.owner(), erasure.shop().store().id(), new ErasureRule(erasure.shop().schema(),
				"audit_log", ErasureRule.Action.ANONYMIZE, null,
				List.of(new ErasureRule.ColumnRule("actor_email", ErasureRule.ColumnAction.PSEUDONYM, null, null))));
		ErasurePlan plan = erasures.plan(erasure.owner(), erasure.request(), ErasurePlan.Kind.ERASURE, null);

		assertThat(plan.blocked()).isFalse();
		List<ErasurePlan.Step> steps = plan.stores().get(0).steps();
		assertThat(steps.get(0)).satisfies(step -> {
			assertThat(step.kind()).isEqualTo(StepKind.CUT_LINK);
			assertThat(step.table()).isEqualTo(table(erasure, "customers"));
			// the five people Léa referred keep their rows
			assertThat(step.rows()).isEqualTo(5);
		});
		assertThat(steps.get(steps.size() - 1)).satisfies(step -> {
			assertThat(step.kind()).isEqualTo(StepKind.DELETE);
			assertThat(step.table()).isEqualTo(table(erasure, "customers"));
			assertThat(step.rows()).isEqualTo(1);
		});
		List<String> tables = steps.stream().map(ErasurePlan.Step::table).toList();
		assertThat(tables.indexOf(table(erasure, "order_lines"))).isLessThan(tables.indexOf(table(erasure, "orders")));
		assertThat(tables).contains(table(erasure, "addresses"), table(erasure, "support_tickets"));
		assertThat(steps).filteredOn(step -> step.table().equals(table(erasure, "audit_log")))
			.singleElement()
			.satisfies(step -> assertThat(step.kind()).isEqualTo(StepKind.ANONYMIZE));
		assertThat(plan.rows()).isEqualTo(11);
		assertThat(steps).allSatisfy(step -> assertThat(step.sql()).doesNotContain("lea").contains("?"));

		assertThatThrownBy(() -> erasures.confirm(erasure.owner(), erasure.request(), plan.id(), "another-app",
				plan.digest(), null))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining(erasure.app());
		assertThatThrownBy(() -> erasures.confirm(erasure.owner(), erasure.request(), plan.id(), erasure.app(),
				"0".repeat(64), null))
			.isInstanceOf(RejectedException.class);
		job.runConfirmed();
		assertThat(erasures.get(erasure.owner(), erasure.request(), plan.id()).status())
			.isEqualTo(ErasurePlan.Status.PLANNED);
		assertThat(erasure.count("select count(*) from customers where email = '" + LEA + "'")).isEqualTo(1);

		PersonErasures.Confirmation confirmation = erasures.confirm(erasure.owner(), erasure.request(), plan.id(),
				" " + erasure.app() + " ", plan.digest(), null);
		assertThat(confirmation.confirmed()).isTrue();
		assertThat(confirmation.plan().status()).isEqualTo(ErasurePlan.Status.CONFIRMED);
		assertThat(job.runConfirmed()).isPositive();

		ErasurePlan done = erasures.get(erasure.owner(), erasure.request(), plan.id());
		assertThat(done.status()).isEqualTo(ErasurePlan.Status.COMPLETED);
		assertThat(done.stores().get(0).outcome().result()).isEqualTo(ErasurePlan.Result.ERASED);
		assertThat(erasure.count("select count(*) from customers where email = '" + LEA + "'")).isZero();
		assertThat(erasure.count("select count(*) from customers")).isEqualTo(5);
		assertThat(erasure.count("select count(*) from customers where referred_by is not null")).isZero();
		assertThat(erasure.count("select count(*) from orders")).isEqualTo(5);
		assertThat(erasure.count("select count(*) from order_lines")).isEqualTo(5);
		// the audit log keeps its row, the address replaced by its keyed pseudonym
		assertThat(erasure.count("select count(*) from audit_log")).isEqualTo(6);
		assertThat(erasure.text("select actor_email from audit_log where id = 1")).matches("[0-9a-f]{64}");
		assertThat(erasure.text("select actor_email from audit_log where id = 2")).isEqualTo("hugo.bernard@example.fr");
		// the person is on the app's suppression list, as a keyed digest only
		var app = erasure.shop().store().appId();
		assertThat(suppressions.listed(erasure.owner(), app)).isEqualTo(1);
		assertThat(jdbc.sql("select digest from suppression_entry where app_id = :app")
			.param("app", app.value())
			.query(String.class)
			.single()).isEqualTo(pseudonyms.of(erasure.owner(), LEA));
		assertThat(suppressions.replay(erasure.owner(), app).peopleBack()).isZero();
		// a backup restored brings her back, her address typed another way
		erasure.execute("insert into customers (id, email, full_name) values (70, ' Lea.Moreau@Example.fr', 'L. M.')");
		Suppressions.Replay replay = suppressions.replay(erasure.owner(), app);
		assertThat(replay.listed()).isEqualTo(1);
		assertThat(replay.peopleBack()).isEqualTo(1);
		assertThat(replay.stores()).singleElement().satisfies(store -> assertThat(store.peopleBack()).isEqualTo(1));
		assertThat(trail.about(erasure.owner(), "rights-request", erasure.request(), "datarights.eras", 10))
			.extracting(entry -> entry.action())
			.contains("datarights.erasure-planned", "datarights.erasure-confirmed", "datarights.erased");
		assertThat(trail.about(erasure.owner(), "rights-request", erasure.request(), "datarights.", 10))
			.allSatisfy(entry -> assertThat(entry.detail()).doesNotContain("lea"));
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aPlanWhoseRowsChangedBeforeItsConfirmationIsReplacedNotRun(Engine engine) throws Exception {
		Erasure erasure = erasure(engine);
		ErasurePlan plan = erasures.plan(erasure.owner(), erasure.request(), ErasurePlan.Kind.ERASURE, null);
		erasure.execute("insert into audit_log (id, actor_email, action) values (99, '" + LEA + "', 'logout')");

		PersonErasures.Confirmation confirmation = erasures.confirm(erasure.owner(), erasure.request(), plan.id(),
				erasure.app(), plan.digest(), null);

		assertThat(confirmation.confirmed()).isFalse();
		assertThat(confirmation.plan().id()).isNotEqualTo(plan.id());
		assertThat(confirmation.plan().rows()).isEqualTo(12);
		assertThat(erasures.get(erasure.owner(), erasure.request(), plan.id()).status())
			.isEqualTo(ErasurePlan.Status.SUPERSEDED);
		job.runConfirmed();
		assertThat(erasures.get(erasure.owner(), erasure.request(), confirmation.plan().id()).status())
			.isEqualTo(ErasurePlan.Status.PLANNED);
		assertThat(erasure.count("select count(*) from customers")).isEqualTo(6);
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aStatementThatFailsRollsTheWholeStoreBack(Engine engine) throws Exception {
		Erasure erasure = erasure(engine);
		dataMaps.setErasureRule(erasure.owner(), erasure.shop().store().id(), new ErasureRule(erasure.shop().schema(),
				"audit_log", ErasureRule.Action.ANONYMIZE, null,
				List.of(new ErasureRule.ColumnRule("actor_email", ErasureRule.ColumnAction.FIXED, "erased", null))));
		// a check constraint the plan does not know of refuses the fixed value
		erasure.execute("alter table audit_log add constraint audit_log_actor check (actor_email <> 'erased')");
		ErasurePlan plan = erasures.plan(erasure.owner(), erasure.request(), ErasurePlan.Kind.ERASURE, null);
		assertThat(plan.stores().get(0).steps()).extracting(ErasurePlan.Step::kind).contains(StepKind.ANONYMIZE);
		erasures.confirm(erasure.owner(), erasure.request(), plan.id(), erasure.app(), plan.digest(), null);

		job.runConfirmed();

		ErasurePlan failed = erasures.get(erasure.owner(), erasure.request(), plan.id());
		assertThat(failed.status()).isEqualTo(ErasurePlan.Status.FAILED);
		assertThat(failed.stores().get(0).outcome().result()).isEqualTo(ErasurePlan.Result.ROLLED_BACK);
		assertThat(failed.failure()).contains("nothing was changed").doesNotContain("lea").doesNotContain("erased'");
		// the links cut by the first statement are back with the rest
		assertThat(erasure.count("select count(*) from customers where referred_by = 1")).isEqualTo(5);
		assertThat(erasure.count("select count(*) from customers where email = '" + LEA + "'")).isEqualTo(1);
		assertThat(erasure.count("select count(*) from orders")).isEqualTo(6);
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void whatTheDatabaseWouldRefuseOrCascadeToBlocksThePlan(Engine engine) throws Exception {
		Erasure erasure = erasure(engine);
		var store = erasure.shop().store().id();
		String schema = erasure.shop().schema();
		erasure.execute("create table invoices (id bigint not null primary key, customer_id bigint,"
				+ " constraint invoices_customer_fk foreign key (customer_id) references customers (id)"
				+ " on delete cascade)");
		erasure.execute("insert into invoices (id, customer_id) values (1, 1)");
		dataMaps.requestDiscovery(erasure.owner(), store);
		QueuedDiscoveries.run(context);
		dataMaps.setErasureRule(erasure.owner(), store,
				new ErasureRule(schema, "invoices", ErasureRule.Action.KEEP, "kept ten years (accounting law)", null));
		dataMaps.setErasureRule(erasure.owner(), store,
				new ErasureRule(schema, "orders", ErasureRule.Action.KEEP, "kept for the warranty", null));

		ErasurePlan plan = erasures.plan(erasure.owner(), erasure.request(), ErasurePlan.Kind.ERASURE, null);

		assertThat(plan.blocked()).isTrue();
		assertThat(plan.stores().get(0).blockers())
			.anySatisfy(blocker -> assertThat(blocker).contains(table(erasure, "invoices")).contains("CASCADE"))
			.anySatisfy(blocker -> assertThat(blocker).contains(table(erasure, "orders")).contains("refuses"));
		assertThat(plan.stores().get(0).kept()).extracting(ErasurePlan.Kept::table)
			.contains(table(erasure, "invoices"), table(erasure, "orders"));
		assertThatThrownBy(() -> erasures.confirm(erasure.owner(), erasure.request(), plan.id(), erasure.app(),
				plan.digest(), null))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("cannot run");
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void aTableChangedSinceTheDiscoveryBlocksTheErasureUntilDiscoveredAgain(Engine engine) throws Exception {
		Erasure erasure = erasure(engine);
		erasure.execute("alter table addresses add column floor varchar(10)");

		ErasurePlan plan = erasures.plan(erasure.owner(), erasure.request(), ErasurePlan.Kind.ERASURE, null);

		assertThat(plan.stores().get(0).blockers())
			.anySatisfy(blocker -> assertThat(blocker).contains(table(erasure, "addresses")).contains("discover"));
	}

	@ParameterizedTest
	@MethodSource("io.article28.datastores.CustomerDatabases#engines")
	void anAccessRequestGetsNoErasurePlan(Engine engine) throws Exception {
		Erasure erasure = erasure(engine);
		var access = requesters.access(erasure.app(), "hugo.bernard@example.fr");

		assertThatThrownBy(() -> erasures.plan(erasure.owner(), access.id(), ErasurePlan.Kind.ERASURE, null))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("erasure request");
	}

}
