package io.article28.datarights;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.article28.core.Digests;
import io.article28.datarights.ErasurePlan.Effect;
import io.article28.datarights.ErasurePlan.EffectKind;
import io.article28.datarights.ErasurePlan.Kept;
import io.article28.datarights.ErasurePlan.Step;
import io.article28.datarights.ErasurePlan.StepKind;
import io.article28.datarights.ErasurePlan.StorePlan;
import io.article28.datastores.Catalog;
import io.article28.datastores.DataMap;
import io.article28.datastores.LiveSchema;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a plan does to one store, computed in a session on it: the statements in their
 * order with the rows each touches now, what is kept and why, what the database does
 * beyond them (its triggers) and what stops the plan, with the digest over all of it.
 * Each kind of plan (erasure, restriction, rectification) is a planner of its own; all of
 * them check the map's tables against the database as it is now and cap the rows of a
 * statement.
 */
abstract class StorePlanner {

	/** A store's plan and the statements that carry it out, in the plan's order. */
	record Planned(StorePlan plan, List<PersonQuery.Statement> statements) {
	}

	protected static final Pattern NUMERIC = Pattern
		.compile(".*\\b(tinyint|smallint|mediumint|int|int2|int4|int8|integer|bigint|numeric|decimal|number)\\b.*");

	protected static final Pattern TEXT = Pattern
		.compile(".*\\b(char|character|varchar|text|tinytext|mediumtext|longtext|clob|citext|nvarchar)\\b.*");

	protected static final Pattern A_NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");

	protected final StoreSession session;

	protected final PersonMap map;

	protected final PersonQuery queries;

	protected final List<Step> steps = new ArrayList<>();

	protected final List<PersonQuery.Statement> statements = new ArrayList<>();

	protected final List<Kept> kept = new ArrayList<>();

	protected final List<Effect> effects = new ArrayList<>();

	protected final List<String> blockers = new ArrayList<>();

	private final long maxRows;

	private final JsonMapper json;

	StorePlanner(StoreSession session, PersonMap map, List<String> identities, long maxRows, JsonMapper json) {
		this.session = session;
		this.map = map;
		this.queries = new PersonQuery(session, map, identities);
		this.maxRows = maxRows;
		this.json = json;
	}

	/** The store's part of the plan, computed now in the session. */
	abstract Planned plan(UUID storeId, String label) throws SQLException;

	/**
	 * The tables where the same search still finds what the plan changes: none once it
	 * has run.
	 */
	abstract List<String> remaining() throws SQLException;

	/** What else the digest covers beyond the plan's own parts; empty by default. */
	protected String digestedBeyond() {
		return "";
	}

	/**
	 * The tables the map reaches, each checked against the database as it is now: a view
	 * is listed as holding nothing of its own.
	 */
	protected List<DataMap.Reach> tables(String viewReason) throws SQLException {
		List<DataMap.Reach> reaches = new ArrayList<>();
		for (DataMap.Reach reach : map.map().reached()) {
			Optional<Catalog.Table> table = map.table(reach.qualifiedName());
			if (table.isEmpty()) {
				continue;
			}
			if (table.get().kind() == Catalog.Kind.VIEW || table.get().kind() == Catalog.Kind.MATERIALIZED_VIEW) {
				kept.add(new Kept(reach.qualifiedName(), null, 0, viewReason));
				continue;
			}
			reaches.add(reach);
			requireUnchanged(table.get());
		}
		return reaches;
	}

	/** The triggers of the touched tables and the cap on rows, then the digest. */
	protected Planned finish(UUID storeId, String label) throws SQLException {
		for (LiveSchema.Trigger trigger : session.triggers()) {
			steps.stream()
				.filter(step -> step.table().equals(trigger.qualifiedTable()))
				.map(Step::kind)
				.filter(kind -> trigger.events().contains(kind == StepKind.DELETE ? "DELETE" : "UPDATE"))
				.findFirst()
				.ifPresent(kind -> effects.add(new Effect(EffectKind.TRIGGER, trigger.qualifiedTable(),
						"trigger " + trigger.name() + " runs " + trigger.timing().toLowerCase(Locale.ROOT) + " "
								+ trigger.events().toLowerCase(Locale.ROOT) + ": what it does is not in this plan")));
		}
		for (Step step : steps) {
			if (step.rows() > maxRows) {
				blockers.add("statement " + step.order() + " on " + step.table() + " would touch " + step.rows()
						+ " rows, more than the " + maxRows + " a statement may (DATARIGHTS_MAX_ROWS_PER_STATEMENT)");
			}
		}
		StorePlan plan = new StorePlan(storeId, label, null, steps, kept, effects, blockers, null);
		return new Planned(new StorePlan(storeId, label, digest(plan), steps, kept, effects, blockers, null),
				List.copyOf(statements));
	}

	/**
	 * The digest of what a store's plan says: its statements, counts, effects, blockers.
	 */
	String digest(StorePlan plan) {
		return Digests.sha256Hex(json.writeValueAsString(List.of(plan.storeId().toString(), plan.steps(), plan.kept(),
				plan.effects(), plan.blockers(), digestedBeyond())));
	}

	/**
	 * A map made before the table changed would erase by columns that are gone, or miss
	 * new ones: the store is discovered again first.
	 */
	private void requireUnchanged(Catalog.Table table) throws SQLException {
		Set<String> now = new HashSet<>(session.columns(table.schema(), table.name()));
		Set<String> mapped = new HashSet<>();
		table.columns().forEach(column -> mapped.add(column.name()));
		if (!now.equals(mapped)) {
			blockers.add(table.qualifiedName() + " changed since the store's discovery of "
					+ map.discovery().finishedAt() + ": discover the store again and review its data map");
		}
	}

	protected void add(StepKind kind, String table, String detail, String sql, List<Object> parameters, long rows) {
		steps.add(new Step(steps.size() + 1, kind, table, detail, sql, rows));
		statements.add(new PersonQuery.Statement(sql, parameters));
	}

	protected static Optional<Catalog.Column> column(Catalog.Table table, String name) {
		return table.columns().stream().filter(column -> column.name().equals(name)).findFirst();
	}

	protected static boolean unique(Catalog.Table table, String column) {
		return table.primaryKey().equals(List.of(column)) || table.indexes()
			.stream()
			.anyMatch(index -> index.unique() && index.columns().equals(List.of(column)));
	}

}
