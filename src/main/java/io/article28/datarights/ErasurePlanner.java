package io.article28.datarights;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import io.article28.datastores.Category;
import io.article28.datastores.DataMap;
import io.article28.datastores.ErasureRule;
import io.article28.datastores.LiveSchema;
import io.article28.datastores.PersonMap;
import io.article28.datastores.RestrictionColumn;
import io.article28.datastores.StoreSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes what erasing a person does to one store, in a session on it: the person's rows
 * of every table the data map reaches, as the table's erasure rule says (deleted,
 * anonymized column by column, or kept for its reason), in an order the foreign keys
 * allow (children before their parents, links between people cut first); the rows each
 * statement touches now; and, from the database's catalog as it is now, what it would do
 * or refuse beyond the statements (cascades, triggers, rows of others that point at the
 * person's, replacement values that break a constraint). Whatever would make the run
 * fail, or erase what the map keeps, blocks the plan with the reason.
 */
final class ErasurePlanner {

	/** A store's plan and the statements that carry it out, in the plan's order. */
	record Planned(StorePlan plan, List<PersonQuery.Statement> statements) {
	}

	/** The shortest pseudonym that stays distinct enough in a column. */
	static final int MIN_PSEUDONYM_LENGTH = 16;

	private static final int PSEUDONYM_LENGTH = 64;

	private static final Pattern NUMERIC = Pattern
		.compile(".*\\b(tinyint|smallint|mediumint|int|int2|int4|int8|integer|bigint|numeric|decimal|number)\\b.*");

	private static final Pattern TEXT = Pattern
		.compile(".*\\b(char|character|varchar|text|tinytext|mediumtext|longtext|clob|citext|nvarchar)\\b.*");

	private static final Pattern A_NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");

	private final StoreSession session;

	private final PersonMap map;

	private final Map<String, ErasureRule> rules = new HashMap<>();

	private final List<RestrictionColumn> restrictionColumns;

	private final Rectifications rectifications;

	private final PersonQuery queries;

	private final long maxRows;

	private final JsonMapper json;

	private final List<Step> steps = new ArrayList<>();

	private final List<PersonQuery.Statement> statements = new ArrayList<>();

	private final List<Kept> kept = new ArrayList<>();

	private final List<Effect> effects = new ArrayList<>();

	private final List<String> blockers = new ArrayList<>();

	ErasurePlanner(StoreSession session, PersonMap map, List<ErasureRule> rules,
			List<RestrictionColumn> restrictionColumns, Rectifications rectifications, List<String> identities,
			long maxRows, JsonMapper json) {
		this.session = session;
		this.rectifications = rectifications;
		this.map = map;
		this.restrictionColumns = List.copyOf(restrictionColumns);
		rules.forEach(rule -> this.rules.put(rule.qualifiedName(), rule));
		this.queries = new PersonQuery(session, map, identities);
		this.maxRows = maxRows;
		this.json = json;
	}

	/** The plan of that kind. */
	Planned plan(ErasurePlan.Kind kind, UUID storeId, String label) throws SQLException {
		return switch (kind) {
			case ERASURE -> plan(storeId, label);
			case RESTRICTION -> planRestriction(storeId, label);
			case RECTIFICATION -> planRectification(storeId, label);
		};
	}

	/**
	 * The tables where the same search still finds what a plan of that kind takes away:
	 * none once it has run.
	 */
	List<String> remaining(ErasurePlan.Kind kind) throws SQLException {
		return switch (kind) {
			case ERASURE -> stillFound();
			case RESTRICTION -> stillUnrestricted();
			case RECTIFICATION -> stillUnrectified();
		};
	}

	/**
	 * The rectification of the person's rows (GDPR art. 16): per table the changes name,
	 * one {@code update} that sets the new values, each checked against its column's
	 * type, length and uniqueness. A key or an identity column is not rectified here: it
	 * links rows, or finds the person.
	 */
	Planned planRectification(UUID storeId, String label) throws SQLException {
		Map<String, List<Rectification>> byTable = new java.util.LinkedHashMap<>();
		rectifications.changes()
			.forEach(change -> byTable.computeIfAbsent(change.table(), ignored -> new ArrayList<>()).add(change));
		for (DataMap.Reach reach : tables("a view: change the rows of its tables")) {
			List<Rectification> changes = byTable.remove(reach.qualifiedName());
			if (changes == null) {
				continue;
			}
			Catalog.Table table = map.table(reach.qualifiedName()).orElseThrow();
			long rows = queries.countNow(reach);
			List<Object> parameters = new ArrayList<>();
			List<String> sets = new ArrayList<>();
			List<String> details = new ArrayList<>();
			for (Rectification change : changes) {
				Optional<Object> value = rectifiedValue(reach, table, change, rows);
				if (value.isPresent()) {
					sets.add(session.assign("t0", change.column()) + " = ?");
					parameters.add(value.get());
					details.add(change.column() + " → the new value");
				}
			}
			Optional<String> condition = queries.condition(reach, "t", parameters);
			if (rows > 0 && !sets.isEmpty() && condition.isPresent()) {
				add(StepKind.RECTIFY, reach.qualifiedName(), String.join(", ", details),
						"update " + queries.table(reach.qualifiedName()) + " t0 set " + String.join(", ", sets)
								+ " where " + condition.get(),
						parameters, rows);
			}
		}
		byTable.keySet()
			.forEach(table -> blockers
				.add(table + " is not a table the data map reaches: nothing of the person is there"));
		return finish(storeId, label);
	}

	/**
	 * The new value as it is bound, when the column takes it; else why not, as a blocker.
	 */
	private Optional<Object> rectifiedValue(DataMap.Reach reach, Catalog.Table table, Rectification change, long rows) {
		String name = reach.qualifiedName() + "." + change.column();
		Optional<Catalog.Column> found = column(table, change.column());
		if (found.isEmpty()) {
			blockers.add(reach.qualifiedName() + " has no column " + change.column());
			return Optional.empty();
		}
		Catalog.Column column = found.get();
		boolean key = table.primaryKey().contains(column.name())
				|| table.foreignKeys().stream().anyMatch(foreignKey -> foreignKey.columns().contains(column.name()));
		boolean identity = map.map()
			.subjects()
			.stream()
			.anyMatch(subject -> (subject.schema() + "." + subject.table()).equals(reach.qualifiedName())
					&& subject.identityColumns().contains(column.name()));
		if (key || identity) {
			blockers.add(name + (key ? " links rows" : " finds the person")
					+ ": it is changed by the app itself, not by a rectification here");
			return Optional.empty();
		}
		String type = column.type().toLowerCase(Locale.ROOT);
		if (unique(table, column.name()) && rows > 1) {
			blockers.add(name + " is unique: " + rows + " rows cannot all take the same value");
		}
		if (NUMERIC.matcher(type).matches()) {
			if (!A_NUMBER.matcher(change.value().strip()).matches()) {
				blockers.add(name + " holds numbers: its new value must be one");
				return Optional.empty();
			}
			return Optional.of(new BigDecimal(change.value().strip()));
		}
		if (!TEXT.matcher(type).matches()) {
			blockers.add(name + " is " + column.type() + ": a rectification here sets text or numbers only");
			return Optional.empty();
		}
		if (column.maxLength() != null && change.value().length() > column.maxLength()) {
			blockers.add(name + " holds at most " + column.maxLength() + " characters: the new value has "
					+ change.value().length());
		}
		return Optional.of(change.value());
	}

	/**
	 * The tables where a row of the person does not hold its new values yet: none once
	 * the plan has run.
	 */
	List<String> stillUnrectified() throws SQLException {
		List<String> found = new ArrayList<>();
		for (Step step : steps) {
			PersonQuery.Statement statement = statements.get(step.order() - 1);
			DataMap.Reach reach = map.map()
				.reached()
				.stream()
				.filter(candidate -> candidate.qualifiedName().equals(step.table()))
				.findFirst()
				.orElseThrow();
			List<String> columns = rectifications.changes()
				.stream()
				.filter(change -> change.table().equals(step.table()))
				.map(Rectification::column)
				.toList();
			List<Object> parameters = new ArrayList<>();
			String condition = queries.condition(reach, "t", parameters).orElseThrow();
			// the update binds its new values first, in the order of its columns
			List<Object> values = statement.parameters().subList(0, columns.size());
			List<String> differs = new ArrayList<>();
			for (String column : columns) {
				String quoted = "t0." + session.quote(column);
				differs.add(quoted + " is null or " + quoted + " <> ?");
			}
			parameters.addAll(values);
			if (new PersonQuery.Statement("select count(*) from " + queries.table(step.table()) + " t0 where "
					+ condition + " and (" + String.join(" or ", differs) + ")", parameters)
				.count(session.connection()) > 0) {
				found.add(step.table());
			}
		}
		return found;
	}

	Planned plan(UUID storeId, String label) throws SQLException {
		List<DataMap.Reach> ordered = childrenFirst(tables("a view: it shows rows of the tables erased"));
		Map<String, LiveSchema.DeleteRule> deleteRules = new HashMap<>();
		session.deleteRules()
			.forEach(rule -> deleteRules.put(rule.qualifiedTable() + "/" + rule.constraint(), rule.onDelete()));
		for (DataMap.Reach reach : ordered) {
			if (rule(reach.qualifiedName()).action() == ErasureRule.Action.DELETE) {
				cutLinks(reach);
			}
		}
		for (DataMap.Reach reach : ordered) {
			long rows = queries.countNow(reach);
			ErasureRule rule = rule(reach.qualifiedName());
			switch (rule.action()) {
				case KEEP -> kept.add(new Kept(reach.qualifiedName(), null, rows, rule.reason()));
				case DELETE -> {
					if (rows > 0) {
						delete(reach, rows);
						dependents(reach, ordered, deleteRules);
					}
				}
				case ANONYMIZE -> anonymize(reach, rule, rows);
			}
		}
		return finish(storeId, label);
	}

	/**
	 * The restriction of the person's processing (GDPR art. 18): in each table whose
	 * restriction column the map names, the person's rows not restricted yet get the flag
	 * set, or the moment; nothing else of them changes. A table without one is listed as
	 * left as it is; a map that names none blocks the plan.
	 */
	Planned planRestriction(UUID storeId, String label) throws SQLException {
		Map<String, RestrictionColumn> byTable = new HashMap<>();
		restrictionColumns.forEach(column -> byTable.put(column.qualifiedName(), column));
		if (byTable.isEmpty()) {
			blockers.add("its data map names no restriction column: the app has no way to restrict a person's"
					+ " processing; name one (a boolean, a timestamp or a date) for each table on the store's page");
		}
		for (DataMap.Reach reach : tables("a view: it shows rows of the tables restricted")) {
			RestrictionColumn column = byTable.get(reach.qualifiedName());
			if (column == null) {
				long rows = queries.countNow(reach);
				if (rows > 0) {
					kept.add(new Kept(reach.qualifiedName(), null, rows,
							"no restriction column: its rows stay as they are"));
				}
				continue;
			}
			List<Object> parameters = new ArrayList<>();
			String condition = queries.condition(reach, "t", parameters).orElse(null);
			if (condition == null) {
				continue;
			}
			String where = condition + " and " + unrestricted(column);
			long rows = new PersonQuery.Statement(
					"select count(*) from " + queries.table(reach.qualifiedName()) + " t0 where " + where, parameters)
				.count(session.connection());
			if (rows > 0) {
				add(StepKind.RESTRICT, reach.qualifiedName(),
						column.column() + " → " + (column.kind() == RestrictionColumn.Kind.FLAG ? "true" : "now"),
						"update " + queries.table(reach.qualifiedName()) + " t0 set "
								+ session.assign("t0", column.column()) + " = "
								+ (column.kind() == RestrictionColumn.Kind.FLAG ? "true" : "current_timestamp")
								+ " where " + where,
						parameters, rows);
			}
		}
		return finish(storeId, label);
	}

	/**
	 * The tables where the person still has rows not restricted: none once the plan has
	 * run.
	 */
	List<String> stillUnrestricted() throws SQLException {
		List<String> found = new ArrayList<>();
		for (RestrictionColumn column : restrictionColumns) {
			Optional<DataMap.Reach> reach = map.map()
				.reached()
				.stream()
				.filter(candidate -> candidate.qualifiedName().equals(column.qualifiedName()))
				.findFirst();
			List<Object> parameters = new ArrayList<>();
			Optional<String> condition = reach.flatMap(table -> queries.condition(table, "t", parameters));
			if (condition.isPresent()
					&& new PersonQuery.Statement("select count(*) from " + queries.table(column.qualifiedName())
							+ " t0 where " + condition.get() + " and " + unrestricted(column), parameters)
						.count(session.connection()) > 0) {
				found.add(column.qualifiedName());
			}
		}
		return found;
	}

	private String unrestricted(RestrictionColumn column) {
		String quoted = "t0." + session.quote(column.column());
		return column.kind() == RestrictionColumn.Kind.FLAG ? "(" + quoted + " is null or " + quoted + " <> true)"
				: quoted + " is null";
	}

	/**
	 * The tables the map reaches, each checked against the database as it is now: a view
	 * is listed as holding nothing of its own.
	 */
	private List<DataMap.Reach> tables(String viewReason) throws SQLException {
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
	private Planned finish(UUID storeId, String label) throws SQLException {
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
	 * The tables where the same search still finds rows of the person that the map does
	 * not keep: none once the plan has run.
	 */
	List<String> stillFound() throws SQLException {
		List<String> found = new ArrayList<>();
		for (DataMap.Reach reach : map.map().reached()) {
			Optional<Catalog.Table> table = map.table(reach.qualifiedName());
			if (table.isPresent() && table.get().kind() != Catalog.Kind.VIEW
					&& table.get().kind() != Catalog.Kind.MATERIALIZED_VIEW
					&& rule(reach.qualifiedName()).action() != ErasureRule.Action.KEEP && queries.countNow(reach) > 0) {
				found.add(reach.qualifiedName());
			}
		}
		return found;
	}

	/**
	 * The digest of what a store's plan says: its statements, counts, effects, blockers.
	 */
	String digest(StorePlan plan) {
		return Digests.sha256Hex(json.writeValueAsString(List.of(plan.storeId().toString(), plan.steps(), plan.kept(),
				plan.effects(), plan.blockers(), rectifications.digest() == null ? "" : rectifications.digest())));
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

	/**
	 * Each other person's row that links to one of the person's (a customer referred by
	 * another) keeps its row, its link set to null.
	 */
	private void cutLinks(DataMap.Reach reach) throws SQLException {
		Catalog.Table table = map.table(reach.qualifiedName()).orElseThrow();
		for (Catalog.ForeignKey key : table.foreignKeys()) {
			if (!(key.referencedSchema() + "." + key.referencedTable()).equals(table.qualifiedName())) {
				continue;
			}
			boolean nullable = key.columns()
				.stream()
				.allMatch(name -> column(table, name).map(Catalog.Column::nullable).orElse(false));
			List<Object> parameters = new ArrayList<>();
			Optional<String> person = queries.condition(reach, "s", parameters);
			if (person.isEmpty()) {
				return;
			}
			String target = queries.table(table.qualifiedName());
			List<String> on = new ArrayList<>();
			List<String> sets = new ArrayList<>();
			for (int i = 0; i < key.columns().size(); i++) {
				on.add("t0." + session.quote(key.columns().get(i)) + " = s0."
						+ session.quote(key.referencedColumns().get(i)));
				sets.add(session.assign("t0", key.columns().get(i)) + " = null");
			}
			String joined = String.join(" and ", on);
			long rows = new PersonQuery.Statement("select count(*) from " + target + " t0 where exists (select 1 from "
					+ target + " s0 where " + joined + " and " + person.get() + ")", parameters)
				.count(session.connection());
			if (rows == 0) {
				continue;
			}
			if (!nullable) {
				blockers.add(rows + " rows of " + table.qualifiedName() + " link other people to the person ("
						+ String.join(", ", key.columns()) + ") and the link cannot be null: say in the map how to"
						+ " cut it, or anonymize the table instead");
				continue;
			}
			add(StepKind.CUT_LINK, table.qualifiedName(),
					String.join(", ", key.columns()) + " set to null where another person's row links to the person's;"
							+ " that row stays",
					session.updateJoined(target, "t0", String.join(", ", sets), target, "s0", joined, person.get()),
					parameters, rows);
		}
	}

	private void delete(DataMap.Reach reach, long rows) {
		List<Object> parameters = new ArrayList<>();
		String condition = queries.condition(reach, "t", parameters).orElseThrow();
		add(StepKind.DELETE, reach.qualifiedName(),
				reach.path().isEmpty() ? "the person's rows" : "the person's rows, reached by " + reach.path().get(0),
				session.deleteFrom(queries.table(reach.qualifiedName()), "t0") + " where " + condition, parameters,
				rows);
	}

	/**
	 * Every column the rule names, as it says; each replacement checked against the
	 * column's type, length, nullability and uniqueness first.
	 */
	private void anonymize(DataMap.Reach reach, ErasureRule rule, long rows) {
		String name = reach.qualifiedName();
		Catalog.Table table = map.table(name).orElseThrow();
		List<Object> parameters = new ArrayList<>();
		List<String> sets = new ArrayList<>();
		List<String> details = new ArrayList<>();
		List<String> keptColumns = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (ErasureRule.ColumnRule columnRule : rule.columns()) {
			named.add(columnRule.column());
			Optional<Catalog.Column> found = column(table, columnRule.column());
			if (found.isEmpty()) {
				blockers.add(name + " has no column " + columnRule.column() + " any more: review its erasure rule");
				continue;
			}
			Catalog.Column column = found.get();
			String type = column.type().toLowerCase(Locale.ROOT);
			String assigned = session.assign("t0", column.name());
			boolean unique = unique(table, column.name());
			switch (columnRule.action()) {
				case NULL -> {
					if (!column.nullable()) {
						blockers.add(name + "." + column.name()
								+ " cannot be null: replace it with a FIXED value or a PSEUDONYM");
					}
					sets.add(assigned + " = null");
					details.add(column.name() + " → null");
				}
				case FIXED -> {
					String value = columnRule.value();
					if (NUMERIC.matcher(type).matches()) {
						if (!A_NUMBER.matcher(value).matches()) {
							blockers
								.add(name + "." + column.name() + " holds numbers: " + "its FIXED value must be one");
							continue;
						}
						parameters.add(new BigDecimal(value));
					}
					else if (TEXT.matcher(type).matches()) {
						if (column.maxLength() != null && value.length() > column.maxLength()) {
							blockers.add(name + "." + column.name() + " holds at most " + column.maxLength()
									+ " characters: its FIXED value has " + value.length());
						}
						parameters.add(value);
					}
					else {
						blockers.add(name + "." + column.name() + " is " + column.type()
								+ ": a FIXED value replaces text or numbers only; set it to NULL");
						continue;
					}
					if (unique && rows > 1) {
						blockers.add(name + "." + column.name() + " is unique: " + rows
								+ " rows cannot all take the same FIXED value; use a PSEUDONYM");
					}
					sets.add(assigned + " = ?");
					details.add(column.name() + " → a fixed value");
				}
				case PSEUDONYM -> {
					if (!TEXT.matcher(type).matches()) {
						blockers.add(name + "." + column.name() + " is " + column.type()
								+ ": a pseudonym is text; set it to NULL or a FIXED value");
						continue;
					}
					String value = session.text("t0." + session.quote(column.name()));
					if (map.category(name, column.name()) == Category.EMAIL) {
						value = "lower(trim(" + value + "))";
					}
					String pseudonym = session.pseudonym(value, parameters);
					Integer length = column.maxLength();
					if (length != null && length < MIN_PSEUDONYM_LENGTH) {
						blockers.add(name + "." + column.name() + " holds at most " + length
								+ " characters, too few for a pseudonym: set it to NULL or a FIXED value");
					}
					else if (length != null && length < PSEUDONYM_LENGTH) {
						pseudonym = "substr(" + pseudonym + ", 1, " + length + ")";
						effects.add(new Effect(EffectKind.CONSTRAINT, name, column.name() + " holds at most " + length
								+ " characters: the pseudonym is cut to them"));
					}
					if (unique) {
						effects.add(new Effect(EffectKind.CONSTRAINT, name, column.name()
								+ " is unique: distinct values keep distinct pseudonyms, the same value the same one"));
					}
					sets.add(assigned + " = " + pseudonym);
					details.add(column.name() + " → keyed pseudonym");
				}
				case KEEP -> keptColumns.add(column.name() + " (" + columnRule.reason() + ")");
			}
		}
		Map<String, Category> personal = map.personal().getOrDefault(name, Map.of());
		for (Map.Entry<String, Category> column : new java.util.TreeMap<>(personal).entrySet()) {
			if (!named.contains(column.getKey())) {
				blockers.add(name + "." + column.getKey() + " holds personal data (" + column.getValue().name()
						+ ") and the table's erasure rule says nothing of it");
			}
		}
		if (reach.path().isEmpty()) {
			map.map()
				.subjects()
				.stream()
				.filter(subject -> (subject.schema() + "." + subject.table()).equals(name))
				.flatMap(subject -> subject.identityColumns().stream())
				.filter(identity -> rule.columns()
					.stream()
					.anyMatch(columnRule -> columnRule.column().equals(identity)
							&& columnRule.action() == ErasureRule.ColumnAction.KEEP))
				.forEach(identity -> blockers
					.add(name + "." + identity + " identifies the person: an anonymized row cannot keep it"));
		}
		if (!keptColumns.isEmpty()) {
			kept.add(new Kept(name, String.join(", ", keptColumns), rows, rule.reason()));
		}
		if (rows == 0 || sets.isEmpty()) {
			return;
		}
		String condition = queries.condition(reach, "t", parameters).orElseThrow();
		add(StepKind.ANONYMIZE, name, String.join(", ", details),
				"update " + queries.table(name) + " t0 set " + String.join(", ", sets) + " where " + condition,
				parameters, rows);
	}

	/**
	 * The rows of other tables that point at the person's rows of a deleted table and
	 * that no statement of the plan takes away first: the database cascades to them,
	 * nulls their key, or refuses the deletion.
	 */
	private void dependents(DataMap.Reach parent, List<DataMap.Reach> planned,
			Map<String, LiveSchema.DeleteRule> deleteRules) throws SQLException {
		String parentName = parent.qualifiedName();
		for (Catalog.Table child : map.tables().values()) {
			if (child.qualifiedName().equals(parentName)) {
				continue;
			}
			for (Catalog.ForeignKey key : child.foreignKeys()) {
				if (!(key.referencedSchema() + "." + key.referencedTable()).equals(parentName)) {
					continue;
				}
				String childName = child.qualifiedName();
				ErasureRule childRule = rule(childName);
				Optional<DataMap.Reach> childReach = planned.stream()
					.filter(reach -> reach.qualifiedName().equals(childName))
					.findFirst();
				boolean throughKey = childReach
					.map(reach -> !reach.path().isEmpty() && reach.path().get(0).toTable().equals(parentName)
							&& reach.path().get(0).columns().equals(key.columns()))
					.orElse(false);
				if (throughKey && (childRule.action() == ErasureRule.Action.DELETE
						|| childRule.action() == ErasureRule.Action.ANONYMIZE && key.columns()
							.stream()
							.allMatch(column -> childRule.columns()
								.stream()
								.anyMatch(rule -> rule.column().equals(column)
										&& rule.action() == ErasureRule.ColumnAction.NULL)))) {
					continue;
				}
				List<Object> parameters = new ArrayList<>();
				String person = queries.condition(parent, "t", parameters).orElseThrow();
				List<String> on = new ArrayList<>();
				for (int i = 0; i < key.columns().size(); i++) {
					on.add("c0." + session.quote(key.columns().get(i)) + " = t0."
							+ session.quote(key.referencedColumns().get(i)));
				}
				long rows = new PersonQuery.Statement("select count(*) from " + queries.table(childName)
						+ " c0 where exists (select 1 from " + queries.table(parentName) + " t0 where "
						+ String.join(" and ", on) + " and " + person + ")", parameters)
					.count(session.connection());
				if (rows == 0) {
					continue;
				}
				String keyName = key.name() + " (" + String.join(", ", key.columns()) + ")";
				LiveSchema.DeleteRule onDelete = deleteRules.getOrDefault(childName + "/" + key.name(),
						LiveSchema.DeleteRule.NO_ACTION);
				boolean keptByMap = childRule.action() != ErasureRule.Action.DELETE;
				switch (onDelete) {
					case CASCADE -> {
						if (keptByMap) {
							blockers.add(rows + " rows of " + childName + " point at the rows deleted from "
									+ parentName + " by " + keyName
									+ ", ON DELETE CASCADE: the database would delete rows the map"
									+ " keeps; anonymize " + parentName + " instead");
						}
						else {
							effects.add(new Effect(EffectKind.CASCADE, childName,
									"the database deletes " + rows + " rows that point at the rows deleted from "
											+ parentName + " (" + keyName + ")"));
						}
					}
					case SET_NULL, SET_DEFAULT -> effects.add(new Effect(EffectKind.SET_NULL, childName,
							"the database sets " + keyName + " to "
									+ (onDelete == LiveSchema.DeleteRule.SET_NULL ? "null" : "its default") + " on "
									+ rows + " rows that point at the rows deleted from " + parentName));
					default -> blockers.add(rows + " rows of " + childName + " point at the rows deleted from "
							+ parentName + " by " + keyName + " and the database refuses the deletion while they do: "
							+ (keptByMap
									? "set the key to NULL in " + childName + "'s rule, or anonymize " + parentName
											+ " instead"
									: "they are not the person's (shared rows): anonymize " + parentName + " instead"));
				}
			}
		}
	}

	private void add(StepKind kind, String table, String detail, String sql, List<Object> parameters, long rows) {
		steps.add(new Step(steps.size() + 1, kind, table, detail, sql, rows));
		statements.add(new PersonQuery.Statement(sql, parameters));
	}

	private ErasureRule rule(String qualifiedName) {
		ErasureRule rule = rules.get(qualifiedName);
		return rule != null ? rule : new ErasureRule(schemaOf(qualifiedName), nameOf(qualifiedName),
				ErasureRule.Action.DELETE, null, List.of());
	}

	/**
	 * The tables in an order where each comes before the tables it points at (by a
	 * foreign key or a declared link), deeper paths first where nothing orders them, and
	 * by the length of their paths where the keys make a cycle.
	 */
	static List<DataMap.Reach> childrenFirst(List<DataMap.Reach> reaches, PersonMap map) {
		Map<String, DataMap.Reach> byName = new LinkedHashMap<>();
		reaches.forEach(reach -> byName.put(reach.qualifiedName(), reach));
		Map<String, Set<String>> children = new HashMap<>();
		byName.keySet().forEach(name -> children.put(name, new HashSet<>()));
		for (DataMap.Reach reach : reaches) {
			Catalog.Table table = map.table(reach.qualifiedName()).orElseThrow();
			for (Catalog.ForeignKey key : table.foreignKeys()) {
				String parent = key.referencedSchema() + "." + key.referencedTable();
				if (!parent.equals(reach.qualifiedName()) && children.containsKey(parent)) {
					children.get(parent).add(reach.qualifiedName());
				}
			}
			for (DataMap.Hop hop : reach.path()) {
				if (hop.declared() && children.containsKey(hop.toTable()) && children.containsKey(hop.table())) {
					children.get(hop.toTable()).add(hop.table());
				}
			}
		}
		Comparator<DataMap.Reach> deeperFirst = Comparator.comparingInt((DataMap.Reach reach) -> -reach.path().size())
			.thenComparing(DataMap.Reach::qualifiedName);
		List<DataMap.Reach> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		while (ordered.size() < byName.size()) {
			Optional<DataMap.Reach> next = byName.values()
				.stream()
				.filter(reach -> !placed.contains(reach.qualifiedName()))
				.filter(reach -> placed.containsAll(children.get(reach.qualifiedName())))
				.min(deeperFirst);
			DataMap.Reach chosen = next.orElseGet(() -> byName.values()
				.stream()
				.filter(reach -> !placed.contains(reach.qualifiedName()))
				.min(deeperFirst)
				.orElseThrow());
			ordered.add(chosen);
			placed.add(chosen.qualifiedName());
		}
		return ordered;
	}

	private List<DataMap.Reach> childrenFirst(List<DataMap.Reach> reaches) {
		return childrenFirst(reaches, map);
	}

	private static Optional<Catalog.Column> column(Catalog.Table table, String name) {
		return table.columns().stream().filter(column -> column.name().equals(name)).findFirst();
	}

	private static boolean unique(Catalog.Table table, String column) {
		return table.primaryKey().equals(List.of(column)) || table.indexes()
			.stream()
			.anyMatch(index -> index.unique() && index.columns().equals(List.of(column)));
	}

	private static String schemaOf(String qualified) {
		return qualified.substring(0, qualified.lastIndexOf('.'));
	}

	private static String nameOf(String qualified) {
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}

}
